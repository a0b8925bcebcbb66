package com.marketmood.sentiment.benchmarks;

import ai.djl.Device;
import ai.djl.Model;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.DefaultTrainingConfig;
import ai.djl.training.GradientCollector;
import ai.djl.training.Trainer;
import ai.djl.training.loss.Loss;
import ai.djl.training.optimizer.Optimizer;
import ai.djl.training.tracker.Tracker;
import com.marketmood.sentiment.core.data.StockTwitsData.Message;
import com.marketmood.sentiment.core.nn.InputLayout;
import com.marketmood.sentiment.core.nn.NetworkConfig;
import com.marketmood.sentiment.core.nn.SentimentNetwork;
import com.marketmood.sentiment.core.text.MessageEncoder;
import com.marketmood.sentiment.core.text.MessageEncoder.Encoded;
import com.marketmood.sentiment.core.training.Presets;
import com.marketmood.sentiment.core.training.SentimentTrainer;
import com.marketmood.sentiment.core.training.TrainingConfig;
import java.util.ArrayList;
import java.util.List;
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
 * One training step (forward, backward, Adam update) of the default preset's first member on a
 * batch of real training messages, with the vocabulary the preset builds from the training split.
 */
@State(Scope.Benchmark)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xmx2g"})
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 5, time = 5)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class TrainingStepBenchmark {

    @Param({"pytorch", "mxnet"})
    public String engine;

    /** PyTorch's intra-op threads (MXNet reads the environment variable OMP_NUM_THREADS). */
    @Param({"2"})
    public String threads;

    private Model model;
    private Trainer trainer;
    private InputLayout layout;
    private List<List<Encoded>> batches;
    private List<float[]> labels;
    private int batchSize;
    private int next;

    @Setup(Level.Trial)
    public void setUp() {
        System.setProperty("ai.djl.pytorch.num_threads", threads);
        System.setProperty("ai.djl.pytorch.num_interop_threads", "1");
        String djlEngine = engine.equals("mxnet") ? "MXNet" : "PyTorch";
        System.setProperty("ai.djl.default_engine", djlEngine);

        TrainingConfig config = Presets.get(Presets.DEFAULT);
        batchSize = config.batchSize();
        List<Message> train = Messages.data().train();
        MessageEncoder encoder = new SentimentTrainer(config, djlEngine).buildEncoder(train);
        int bigrams = encoder.bigrams() == null ? 0 : (int) encoder.bigrams().size();
        NetworkConfig network = config.network(0, (int) encoder.words().size(), bigrams);
        layout = new InputLayout(network.usesBigrams(), false);

        batches = new ArrayList<>();
        labels = new ArrayList<>();
        for (int from = 0; from + batchSize <= 64 * batchSize; from += batchSize) {
            List<Encoded> batch = new ArrayList<>();
            float[] y = new float[batchSize];
            for (int i = 0; i < batchSize; i++) {
                Message m = train.get(from + i);
                batch.add(encoder.encode(m.text()));
                y[i] = m.bullish() ? 1f : 0f;
            }
            batches.add(batch);
            labels.add(y);
        }

        model = Model.newInstance("bench", Device.cpu(), djlEngine);
        model.setBlock(new SentimentNetwork(network, encoder.words(), encoder.bigrams()));
        Tracker rate = Tracker.fixed(config.learningRate());
        trainer =
                model.newTrainer(
                        new DefaultTrainingConfig(Loss.sigmoidBinaryCrossEntropyLoss())
                                .optOptimizer(Optimizer.adam().optLearningRateTracker(rate).build())
                                .optDevices(new Device[] {Device.cpu()}));
        trainer.initialize(layout.shapes());
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        trainer.close();
        model.close();
    }

    /** Forward, backward and one optimiser step on the next batch. */
    @Benchmark
    public float step() {
        int i = next++ % batches.size();
        try (NDManager manager = trainer.getManager().newSubManager()) {
            NDList input = layout.create(manager, batches.get(i));
            NDArray y = manager.create(labels.get(i), new Shape(batchSize, 1));
            float loss;
            try (GradientCollector collector = trainer.newGradientCollector()) {
                NDList prediction = trainer.forward(input, new NDList(y));
                NDArray l = trainer.getLoss().evaluate(new NDList(y), prediction);
                collector.backward(l);
                loss = l.getFloat();
            }
            trainer.step();
            return loss;
        }
    }
}
