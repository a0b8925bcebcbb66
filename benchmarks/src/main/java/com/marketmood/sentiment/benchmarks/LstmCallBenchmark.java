package com.marketmood.sentiment.benchmarks;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.recurrent.LSTM;
import ai.djl.training.ParameterStore;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One call of DJL's one-layer {@link LSTM} block on one message, as each layer of each ensemble
 * member makes it in a single prediction: the fixed cost of a call, apart from its arithmetic,
 * bounds how fast a single prediction can be. A hidden size of 8 has almost no arithmetic; 64 and
 * 32 are the shipped model's layers (input 64).
 */
@State(Scope.Benchmark)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xmx512m"})
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 5, time = 2)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class LstmCallBenchmark {

    @Param({"pytorch", "mxnet"})
    public String engine;

    /** The LSTM's state size. */
    @Param({"8", "64"})
    public int hidden;

    /** Time steps: tokens in the message. */
    @Param({"1", "13"})
    public int steps;

    private NDManager manager;
    private LSTM lstm;
    private ParameterStore store;
    private NDArray input;

    @Setup(Level.Trial)
    public void setUp() {
        System.setProperty("ai.djl.pytorch.num_threads", "1");
        System.setProperty("ai.djl.pytorch.num_interop_threads", "1");
        Engine djl = Engine.getEngine("pytorch".equals(engine) ? "PyTorch" : "MXNet");
        manager = djl.newBaseManager();
        lstm =
                LSTM.builder()
                        .setStateSize(hidden)
                        .setNumLayers(1)
                        .optBatchFirst(true)
                        .optReturnState(false)
                        .build();
        Shape shape = new Shape(1, steps, 64);
        lstm.initialize(manager, DataType.FLOAT32, shape);
        store = new ParameterStore(manager, false);
        input = manager.randomNormal(shape);
        djl.setRandomSeed(1);
        if ("pytorch".equals(engine)) {
            ai.djl.pytorch.jni.JniUtils.setGradMode(false); // as in a prediction
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        manager.close();
    }

    /** One forward call; the result is read back, as a prediction reads its logit. */
    @Benchmark
    public float call() {
        try (NDManager scope = manager.newSubManager()) {
            // Arrays made from the input during the call (states, output) go to the scope.
            input.tempAttach(scope);
            NDArray out = lstm.forward(store, new NDList(input), false).head();
            return out.get(0, steps - 1, 0).getFloat();
        }
    }
}
