package com.marketmood.sentiment.engine.pytorch;

import ai.djl.pytorch.jni.JniUtils;
import com.marketmood.sentiment.spi.EngineModule;

/** Registers the PyTorch engine module with the SDK. */
public final class PyTorchEngineModule implements EngineModule {

    /** Creates the registration; called by {@link java.util.ServiceLoader}. */
    public PyTorchEngineModule() {}

    /** {@inheritDoc} */
    @Override
    public String engineName() {
        return "PyTorch";
    }

    /** {@inheritDoc} */
    @Override
    public String artifact() {
        return "com.marketmood:engine-pytorch";
    }

    /** {@inheritDoc} */
    @Override
    public int preference() {
        return 0;
    }

    /**
     * {@inheritDoc}
     *
     * <p>Turns autograd off for the prediction and restores it after, so that a prediction inside a
     * caller's gradient recording leaves that recording as it was.
     */
    @Override
    public InferenceScope enterInference() {
        if (!JniUtils.isGradMode()) {
            return () -> {};
        }
        JniUtils.setGradMode(false);
        return () -> JniUtils.setGradMode(true);
    }
}
