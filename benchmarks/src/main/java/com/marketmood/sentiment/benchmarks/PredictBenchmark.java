package com.marketmood.sentiment.benchmarks;

import com.marketmood.sentiment.Explanation;
import com.marketmood.sentiment.ModelException;
import com.marketmood.sentiment.Sentiment;
import com.marketmood.sentiment.SentimentModel;
import com.marketmood.sentiment.core.data.StockTwitsData.Message;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Prediction with the pretrained model on real test messages, one call at a time and in batches of
 * 256, per engine. The batch benchmark reports messages per second (one operation is one message).
 */
@State(Scope.Benchmark)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xmx1g"})
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 5, time = 5)
public class PredictBenchmark {

    static final int BATCH = 256;

    @Param({"pytorch", "mxnet"})
    public String engine;

    /** PyTorch's intra-op threads (MXNet reads the environment variable OMP_NUM_THREADS). */
    @Param({"1"})
    public String threads;

    /**
     * Threads per {@code predict(List)} call ({@code optBatchThreads}); 0 for the engine's default
     * (all processors on PyTorch, 1 on MXNet).
     */
    @Param({"0"})
    public int batchThreads;

    /** A model folder to measure instead of the pretrained model; empty for the pretrained one. */
    @Param({""})
    public String modelPath;

    /**
     * A zoo model to measure, such as {@code stocktwits-spy-fast}; empty for the pretrained one.
     */
    @Param({""})
    public String modelName;

    private SentimentModel model;
    private List<String> texts;
    private List<List<String>> batches;
    private int next;

    @Setup(Level.Trial)
    public void load() throws ModelException {
        System.setProperty("ai.djl.pytorch.num_threads", threads);
        System.setProperty("ai.djl.pytorch.num_interop_threads", "1");
        SentimentModel.Builder builder =
                SentimentModel.builder().optEngine(engine).optDevice("cpu");
        if (!modelName.isEmpty()) {
            builder.optModelName(modelName);
        }
        if (!modelPath.isEmpty()) {
            builder.optModelPath(Path.of(modelPath));
        }
        if (batchThreads > 0) {
            builder.optBatchThreads(batchThreads);
        }
        model = builder.load();
        texts = Messages.data().test().stream().map(Message::text).toList();
        batches = new ArrayList<>();
        for (int from = 0; from + BATCH <= texts.size(); from += BATCH) {
            batches.add(texts.subList(from, from + BATCH));
        }
    }

    @TearDown(Level.Trial)
    public void close() {
        model.close();
    }

    /** One message per call, cycling through the test split. */
    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public Sentiment single() {
        return model.predict(nextText());
    }

    /** One explanation per call (leave-one-token-out), cycling through the test split. */
    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public Explanation explain() {
        return model.explain(nextText());
    }

    private String nextText() {
        String text = texts.get(next);
        next = next + 1 == texts.size() ? 0 : next + 1;
        return text;
    }

    /** 256 messages per call ({@code predict(List)}). */
    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @OperationsPerInvocation(BATCH)
    public List<Sentiment> batch256() {
        List<String> batch = batches.get(next % batches.size());
        next++;
        return model.predict(batch);
    }
}
