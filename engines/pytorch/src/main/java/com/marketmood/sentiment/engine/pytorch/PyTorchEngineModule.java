package com.marketmood.sentiment.engine.pytorch;

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
}
