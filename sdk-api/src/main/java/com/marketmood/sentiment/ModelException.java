package com.marketmood.sentiment;

/**
 * A model could not be loaded: it is not found, its files are corrupt or incompatible, or no engine
 * can run it. The message names the model, file or engine, and what to do.
 */
public class ModelException extends Exception {

    private static final long serialVersionUID = 1L;

    /**
     * Creates an exception.
     *
     * @param message what went wrong and what to do
     */
    public ModelException(String message) {
        super(message);
    }

    /**
     * Creates an exception with a cause.
     *
     * @param message what went wrong and what to do
     * @param cause the underlying failure
     */
    public ModelException(String message, Throwable cause) {
        super(message, cause);
    }
}
