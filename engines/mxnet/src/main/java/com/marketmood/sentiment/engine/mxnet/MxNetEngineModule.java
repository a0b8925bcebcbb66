package com.marketmood.sentiment.engine.mxnet;

import com.marketmood.sentiment.spi.EngineModule;

/** Registers the MXNet engine module with the SDK. */
public final class MxNetEngineModule implements EngineModule {

    /** Creates the registration; called by {@link java.util.ServiceLoader}. */
    public MxNetEngineModule() {}

    /** {@inheritDoc} */
    @Override
    public String engineName() {
        return "MXNet";
    }

    /** {@inheritDoc} */
    @Override
    public String artifact() {
        return "com.marketmood:engine-mxnet";
    }

    /** {@inheritDoc} */
    @Override
    public int preference() {
        return 1;
    }
}
