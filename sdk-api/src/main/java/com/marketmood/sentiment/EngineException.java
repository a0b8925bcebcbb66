package com.marketmood.sentiment;

/**
 * No engine can run the model: none is on the class path, the one named is unknown or absent, or
 * the device asked for is not there. The message lists the engines present and the module to add.
 */
public class EngineException extends ModelException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates an exception.
     *
     * @param message what is missing and what to add
     * @param cause the underlying failure, or {@code null}
     */
    public EngineException(String message, Throwable cause) {
        super(message, cause);
    }
}
