package com.marketmood.sentiment;

/**
 * A model's files are damaged, missing or incompatible with this SDK: a checksum mismatch, a
 * truncated or missing file, a vocabulary that does not fit the parameters, or a configuration of
 * an unknown format version. The message names the file.
 */
public class CorruptModelException extends ModelException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates an exception.
     *
     * @param message which file is wrong and how
     * @param cause the underlying failure, or {@code null}
     */
    public CorruptModelException(String message, Throwable cause) {
        super(message, cause);
    }
}
