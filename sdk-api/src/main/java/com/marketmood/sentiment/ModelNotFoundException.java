package com.marketmood.sentiment;

/** No model matches the name, version or path asked for. */
public class ModelNotFoundException extends ModelException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates an exception.
     *
     * @param message which model was asked for and where it was looked for
     */
    public ModelNotFoundException(String message) {
        super(message);
    }
}
