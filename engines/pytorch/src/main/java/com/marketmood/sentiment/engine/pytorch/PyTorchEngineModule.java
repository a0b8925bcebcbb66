package com.marketmood.sentiment.engine.pytorch;

import ai.djl.pytorch.jni.JniUtils;
import com.marketmood.sentiment.spi.EngineModule;

/** Registers the PyTorch engine module with the SDK. */
public final class PyTorchEngineModule implements EngineModule {

    /** DJL's system property for PyTorch's intra-op threads. */
    static final String THREADS = "ai.djl.pytorch.num_threads";

    /** DJL's system property for PyTorch's inter-op threads. */
    static final String INTEROP_THREADS = "ai.djl.pytorch.num_interop_threads";

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
     * <p>Gives PyTorch one intra-op and one inter-op thread unless the system properties {@value
     * #THREADS} / {@value #INTEROP_THREADS} or the environment variable {@code OMP_NUM_THREADS} say
     * otherwise. The model's operations are small: on a 2-core machine a second intra-op thread
     * made single predictions of model 0.1.0 5 times slower (7.4 ms against 1.4 ms) and batches of
     * 256 1.8 times slower (2,821 against 5,021 messages/s) (see docs/BENCHMARKS.md). The SDK uses
     * the cores by running forward passes on several threads instead (batch threads), and a shared
     * model serves concurrent callers.
     */
    @Override
    public void beforeEngineLoad() {
        beforeEngineLoad(System.getenv("OMP_NUM_THREADS"));
    }

    /** As {@link #beforeEngineLoad()}, with the environment's {@code OMP_NUM_THREADS} given. */
    static void beforeEngineLoad(String ompThreads) {
        if (ompThreads == null || ompThreads.isBlank()) {
            setIfAbsent(THREADS, "1");
        }
        setIfAbsent(INTEROP_THREADS, "1");
    }

    private static void setIfAbsent(String property, String value) {
        String current = System.getProperty(property);
        if (current == null || current.isBlank()) {
            System.setProperty(property, value);
        }
    }

    /**
     * {@inheritDoc}
     *
     * <p>The processors divided by PyTorch's intra-op threads (1 unless the user set more, see
     * {@link #beforeEngineLoad()}): PyTorch runs forward passes from several threads at once, so
     * with one intra-op thread each pass gets a core.
     */
    @Override
    public int defaultBatchThreads() {
        return defaultBatchThreads(
                Runtime.getRuntime().availableProcessors(),
                System.getProperty(THREADS),
                System.getenv("OMP_NUM_THREADS"));
    }

    /** As {@link #defaultBatchThreads()}, with the processors and settings given. */
    static int defaultBatchThreads(int processors, String threadsProperty, String ompThreads) {
        int intraOp = positive(threadsProperty);
        if (intraOp == 0) {
            intraOp = Math.max(positive(ompThreads), 1);
        }
        return Math.max(1, processors / intraOp);
    }

    private static int positive(String value) {
        if (value == null || value.isBlank()) {
            return 0;
        }
        try {
            return Math.max(Integer.parseInt(value.strip()), 0);
        } catch (NumberFormatException e) {
            return 0;
        }
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
