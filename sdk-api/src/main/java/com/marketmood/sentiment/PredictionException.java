package com.marketmood.sentiment;

/** The engine failed while computing a prediction (a native fault, not bad input). */
public class PredictionException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates an exception.
     *
     * @param message what failed
     * @param cause the engine's failure
     */
    public PredictionException(String message, Throwable cause) {
        super(message, cause);
    }
}
