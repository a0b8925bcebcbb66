package com.marketmood.sentiment.core.training;

import ai.djl.Device;
import ai.djl.MalformedModelException;
import ai.djl.Model;
import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.DefaultTrainingConfig;
import ai.djl.training.EasyTrain;
import ai.djl.training.Trainer;
import ai.djl.training.dataset.Batch;
import ai.djl.training.listener.TrainingListener;
import ai.djl.training.listener.TrainingListenerAdapter;
import ai.djl.training.loss.Loss;
import ai.djl.training.optimizer.Optimizer;
import ai.djl.training.tracker.Tracker;
import ai.djl.translate.TranslateException;
import com.marketmood.sentiment.core.data.LengthBucketSampler;
import com.marketmood.sentiment.core.data.SentimentDataset;
import com.marketmood.sentiment.core.data.StockTwitsData.Message;
import com.marketmood.sentiment.core.evaluation.BinaryEvaluation;
import com.marketmood.sentiment.core.evaluation.EpochRecord;
import com.marketmood.sentiment.core.model.ModelConfig;
import com.marketmood.sentiment.core.model.SentimentArtifact;
import com.marketmood.sentiment.core.nn.NetworkConfig;
import com.marketmood.sentiment.core.nn.SentimentNetwork;
import com.marketmood.sentiment.core.text.MessageEncoder;
import com.marketmood.sentiment.core.text.MessageEncoder.Encoded;
import com.marketmood.sentiment.core.text.StockTwitsNormalizer;
import com.marketmood.sentiment.core.text.TokenVocabulary;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Trains a {@link SentimentNetwork} on labelled messages with DJL, on any engine, with the same
 * code.
 *
 * <p>The vocabularies come from the training messages only. Batches come from a {@link
 * SentimentDataset} through DJL's trainer; each epoch ends with a pass over the validation
 * messages, and training stops when validation accuracy has not improved for {@code patience}
 * epochs. The parameters of the best epoch are kept (checkpointed to disk) and returned.
 *
 * <p>Seeded: on one engine and thread count, two runs with the same configuration give the same
 * model.
 */
public final class SentimentTrainer {

    private static final Logger logger = LoggerFactory.getLogger(SentimentTrainer.class);

    private final TrainingConfig config;
    private final String engineName;
    private final List<TrainingListener> listeners = new ArrayList<>();
    private EpochCallback epochCallback = record -> {};

    /**
     * Creates a trainer.
     *
     * @param config the training configuration
     * @param engineName the DJL engine to train on, for example {@code PyTorch}
     */
    public SentimentTrainer(TrainingConfig config, String engineName) {
        this.config = config;
        this.engineName = engineName;
    }

    /**
     * Adds a DJL listener, for example a progress display.
     *
     * @param listener the listener
     * @return this trainer
     */
    public SentimentTrainer addListener(TrainingListener listener) {
        listeners.add(listener);
        return this;
    }

    /**
     * Sets what to call after each epoch with its figures.
     *
     * @param callback the callback
     * @return this trainer
     */
    public SentimentTrainer onEpoch(EpochCallback callback) {
        this.epochCallback = callback;
        return this;
    }

    /**
     * Trains a model.
     *
     * @param train the training messages
     * @param validation the validation messages, for early stopping
     * @param checkpointDir a folder for the best epoch's parameters
     * @return the trained model at its best epoch, and the history
     * @throws IOException if a checkpoint cannot be written or read
     */
    public Result train(List<Message> train, List<Message> validation, Path checkpointDir)
            throws IOException {
        long start = System.nanoTime();
        Engine engine = Engine.getEngine(engineName);
        // Blocks that infer shapes create arrays on DJL's default engine: make it this one.
        System.setProperty("ai.djl.default_engine", engineName);
        engine.setRandomSeed(config.seed());

        MessageEncoder encoder = buildEncoder(train);
        List<Encoded> trainIds = encode(encoder, train);
        List<Encoded> valIds = encode(encoder, validation);
        boolean[] trainLabels = labels(train);
        boolean[] valLabels = labels(validation);
        logger.debug(
                "Vocabulary: {} words, {} bigrams",
                encoder.words().size(),
                encoder.bigrams() == null ? 0 : encoder.bigrams().size());

        NetworkConfig network =
                config.network(
                        (int) encoder.words().size(),
                        encoder.bigrams() == null ? 0 : (int) encoder.bigrams().size());
        SentimentNetwork block = new SentimentNetwork(network, encoder.words(), encoder.bigrams());
        ModelConfig modelConfig =
                new ModelConfig(
                        ModelConfig.FORMAT_VERSION,
                        config.preset(),
                        ModelConfig.TUTORIAL_NORMALIZATION,
                        config.maxTokens(),
                        network,
                        1.0,
                        engineName);

        int[] lengths = trainIds.stream().mapToInt(Encoded::length).toArray();
        SentimentDataset dataset =
                SentimentDataset.builder()
                        .setMessages(trainIds, trainLabels, network.usesBigrams())
                        .setSampling(
                                new LengthBucketSampler(
                                        config.batchSize(), lengths, true, config.seed()))
                        .build();
        int batchesPerEpoch = (trainIds.size() + config.batchSize() - 1) / config.batchSize();

        Model model = Model.newInstance(SentimentArtifact.MODEL_NAME, Device.cpu(), engineName);
        model.setBlock(block);
        EpochStats stats = new EpochStats();
        DefaultTrainingConfig trainingConfig =
                new DefaultTrainingConfig(Loss.sigmoidBinaryCrossEntropyLoss())
                        .optOptimizer(optimizer(batchesPerEpoch))
                        .optDevices(new Device[] {Device.cpu()})
                        .addTrainingListeners(stats);
        for (TrainingListener l : listeners) {
            trainingConfig.addTrainingListeners(l);
        }

        Shape[] inputShapes =
                network.usesBigrams()
                        ? new Shape[] {new Shape(1, 4), new Shape(1, 4)}
                        : new Shape[] {new Shape(1, 4)};
        List<EpochRecord> history = new ArrayList<>();
        int bestEpoch = 0;
        double bestAccuracy = -1;
        float[] bestValLogits = null;
        try (Model averaged = config.averages() ? newAveragedModel(network, encoder) : null;
                Trainer trainer = model.newTrainer(trainingConfig)) {
            SentimentArtifact trained = new SentimentArtifact(model, modelConfig, encoder);
            SentimentArtifact average =
                    averaged == null ? null : new SentimentArtifact(averaged, modelConfig, encoder);
            ParameterAverager averager = new ParameterAverager();
            trainer.initialize(inputShapes);
            if (averaged != null) {
                averaged.getBlock()
                        .initialize(averaged.getNDManager(), DataType.FLOAT32, inputShapes);
            }
            trainer.notifyListeners(l -> l.onTrainingBegin(trainer));
            for (int epoch = 1; epoch <= config.maxEpochs(); epoch++) {
                long epochStart = System.nanoTime();
                stats.reset();
                for (Batch batch : trainer.iterateDataset(dataset)) {
                    EasyTrain.trainBatch(trainer, batch);
                    trainer.step();
                    batch.close();
                }
                trainer.notifyListeners(l -> l.onEpoch(trainer));

                SentimentArtifact candidate = trained;
                float[] valLogits;
                if (average != null && epoch >= config.averageFrom()) {
                    averager.add(block);
                    averager.writeAverage(averaged.getBlock());
                    candidate = average;
                    valLogits = average.logitsOf(valIds);
                } else {
                    valLogits =
                            SentimentArtifact.logits(
                                    valIds,
                                    network.usesBigrams(),
                                    trainer.getManager(),
                                    trainer::evaluate);
                }
                BinaryEvaluation val = BinaryEvaluation.of(valLogits, valLabels, 1.0);
                double valAccuracy = val.accuracy();
                EpochRecord record =
                        new EpochRecord(
                                epoch,
                                stats.meanLoss(),
                                stats.accuracy(),
                                val.logLoss(),
                                valAccuracy,
                                val.rocAuc(),
                                (System.nanoTime() - epochStart) / 1e9);
                history.add(record);
                epochCallback.onEpoch(record);

                if (valAccuracy > bestAccuracy) {
                    bestAccuracy = valAccuracy;
                    bestEpoch = epoch;
                    bestValLogits = valLogits;
                    candidate.save(checkpointDir);
                } else if (epoch - bestEpoch >= config.patience()) {
                    logger.debug("Stopping early after epoch {}", epoch);
                    break;
                }
            }
            trainer.notifyListeners(l -> l.onTrainingEnd(trainer));
        } catch (TranslateException e) {
            throw new IOException("Could not read a training batch", e);
        } finally {
            model.close();
        }

        SentimentArtifact best;
        try {
            best = SentimentArtifact.load(checkpointDir, engineName, Device.cpu());
        } catch (MalformedModelException e) {
            throw new IOException("Could not reload the best checkpoint", e);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        return new Result(best, history, bestEpoch, bestValLogits, valLabels, seconds);
    }

    private Model newAveragedModel(NetworkConfig network, MessageEncoder encoder) {
        Model averaged = Model.newInstance(SentimentArtifact.MODEL_NAME, Device.cpu(), engineName);
        averaged.setBlock(new SentimentNetwork(network, encoder.words(), encoder.bigrams()));
        return averaged;
    }

    private Optimizer optimizer(int batchesPerEpoch) {
        float base = config.learningRate();
        float decay = config.learningRateDecay();
        Tracker perEpoch = numUpdate -> base * (float) Math.pow(decay, numUpdate / batchesPerEpoch);
        return Optimizer.adam()
                .optLearningRateTracker(perEpoch)
                .optWeightDecays(config.weightDecay())
                .build();
    }

    /**
     * Builds the word and bigram vocabularies from training messages only.
     *
     * @param train the training messages
     * @return the encoder over the new vocabularies
     */
    public MessageEncoder buildEncoder(List<Message> train) {
        StockTwitsNormalizer normalizer = StockTwitsNormalizer.getInstance();
        Map<String, Integer> wordCounts = new HashMap<>();
        Map<String, Integer> bigramCounts = new HashMap<>();
        for (Message m : train) {
            List<String> tokens = normalizer.tokenize(m.text());
            if (tokens.size() > config.maxTokens()) {
                tokens = tokens.subList(0, config.maxTokens());
            }
            MessageEncoder.countWords(tokens, wordCounts);
            if (config.usesBigrams()) {
                MessageEncoder.countBigrams(tokens, bigramCounts);
            }
        }
        TokenVocabulary words = TokenVocabulary.fromCounts(wordCounts, config.wordMinCount(), 0);
        TokenVocabulary bigrams =
                config.usesBigrams()
                        ? TokenVocabulary.fromCounts(bigramCounts, config.bigramMinCount(), 0)
                        : null;
        return new MessageEncoder(words, bigrams, config.maxTokens());
    }

    private static List<Encoded> encode(MessageEncoder encoder, List<Message> messages) {
        List<Encoded> out = new ArrayList<>(messages.size());
        for (Message m : messages) {
            out.add(encoder.encode(m.text()));
        }
        return out;
    }

    private static boolean[] labels(List<Message> messages) {
        boolean[] out = new boolean[messages.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = messages.get(i).bullish();
        }
        return out;
    }

    /** Sums loss and accuracy of the training batches of one epoch, as DJL reports them. */
    private static final class EpochStats extends TrainingListenerAdapter {

        private double lossSum;
        private long correct;
        private long count;

        void reset() {
            lossSum = 0;
            correct = 0;
            count = 0;
        }

        @Override
        public void onTrainingBatch(Trainer trainer, BatchData batchData) {
            for (Device device : batchData.getLabels().keySet()) {
                NDList labels = batchData.getLabels().get(device);
                NDList predictions = batchData.getPredictions().get(device);
                NDArray logits = predictions.head();
                long n = logits.getShape().get(0);
                lossSum += trainer.getLoss().evaluate(labels, predictions).getFloat() * n;
                correct += logits.gte(0f).eq(labels.head().gte(0.5f)).sum().getLong();
                count += n;
            }
        }

        double meanLoss() {
            return count == 0 ? Double.NaN : lossSum / count;
        }

        double accuracy() {
            return count == 0 ? Double.NaN : (double) correct / count;
        }
    }

    /** Receives each epoch's figures. */
    @FunctionalInterface
    public interface EpochCallback {

        /**
         * Called after each epoch's validation pass.
         *
         * @param record the epoch's figures
         */
        void onEpoch(EpochRecord record);
    }

    /**
     * The outcome of training.
     *
     * @param artifact the model at its best epoch; the caller closes it
     * @param history one record per epoch run
     * @param bestEpoch the epoch whose parameters were kept
     * @param validationLogits the best epoch's validation logits
     * @param validationLabels the validation labels, true for bullish
     * @param seconds the wall time of training, vocabulary included
     */
    public record Result(
            SentimentArtifact artifact,
            List<EpochRecord> history,
            int bestEpoch,
            float[] validationLogits,
            boolean[] validationLabels,
            double seconds) {}
}
