package com.marketmood.sentiment.core.training;

import ai.djl.Device;
import ai.djl.MalformedModelException;
import ai.djl.Model;
import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.DataType;
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
import com.marketmood.sentiment.core.nn.InputLayout;
import com.marketmood.sentiment.core.nn.NetworkConfig;
import com.marketmood.sentiment.core.nn.SentimentEnsemble;
import com.marketmood.sentiment.core.nn.SentimentNetwork;
import com.marketmood.sentiment.core.text.MessageEncoder;
import com.marketmood.sentiment.core.text.MessageEncoder.Encoded;
import com.marketmood.sentiment.core.text.StockTwitsNormalizer;
import com.marketmood.sentiment.core.text.TokenVocabulary;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
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
 * <p>The vocabularies come from the training messages only and are shared by the ensemble's
 * members, which are trained one after the other, each with its own seed. Batches come from a
 * {@link SentimentDataset} through DJL's trainer; each epoch ends with a pass over the validation
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
    private boolean resume;

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
     * Makes {@link #train} pick up an interrupted run: members that the run in the same checkpoint
     * folder finished are read back instead of trained again. Members are trained independently,
     * each from its own seed, so the resumed run ends with the same model as an uninterrupted one;
     * the member that was in progress starts again from its first epoch.
     *
     * @param resume whether to resume
     * @return this trainer
     */
    public SentimentTrainer optResume(boolean resume) {
        this.resume = resume;
        return this;
    }

    /**
     * Trains a model.
     *
     * @param train the training messages
     * @param validation the validation messages, for early stopping
     * @param checkpointDir a folder for the best epoch's parameters, and for each finished
     *     member's, so that an interrupted run can resume (see {@link #optResume})
     * @return the trained model at its best epoch, and the history
     * @throws IOException if a checkpoint cannot be written or read, or a run to resume was made
     *     with other settings or data
     */
    public Result train(List<Message> train, List<Message> validation, Path checkpointDir)
            throws IOException {
        long start = System.nanoTime();
        Engine engine = Engine.getEngine(engineName);
        // Blocks that infer shapes create arrays on DJL's default engine: make it this one.
        System.setProperty("ai.djl.default_engine", engineName);

        MessageEncoder encoder = buildEncoder(train);
        List<Encoded> trainIds = encode(encoder, train);
        List<Encoded> valIds = encode(encoder, validation);
        boolean[] trainLabels = labels(train);
        boolean[] valLabels = labels(validation);
        int words = (int) encoder.words().size();
        int bigrams = encoder.bigrams() == null ? 0 : (int) encoder.bigrams().size();
        logger.debug("Vocabulary: {} words, {} bigrams", words, bigrams);

        List<NetworkConfig> networks = new ArrayList<>();
        for (int i = 0; i < config.members().size(); i++) {
            networks.add(config.network(i, words, bigrams));
        }
        ModelConfig modelConfig =
                new ModelConfig(
                        ModelConfig.FORMAT_VERSION,
                        config.preset(),
                        ModelConfig.TUTORIAL_NORMALIZATION,
                        config.maxTokens(),
                        words,
                        bigrams,
                        networks,
                        1.0,
                        engineName);

        List<EpochRecord> history = new ArrayList<>();
        List<Member> trained = new ArrayList<>();
        MemberCheckpoints checkpoints =
                MemberCheckpoints.open(
                        checkpointDir.resolve("members"),
                        fingerprint(modelConfig, train, validation),
                        resume);
        for (int i = 0; i < networks.size(); i++) {
            MemberCheckpoints.Finished done = checkpoints.read(i);
            if (done != null) {
                logger.info("Member {} restored from {}", i, checkpoints.dir());
                history.addAll(done.history());
                trained.add(new Member(done.bestEpoch(), done.parameters()));
                continue;
            }
            engine.setRandomSeed(config.seed() + i);
            List<EpochRecord> memberHistory = new ArrayList<>();
            Member member =
                    trainMember(
                            i,
                            new SentimentNetwork(
                                    networks.get(i), encoder.words(), encoder.bigrams()),
                            trainIds,
                            trainLabels,
                            valIds,
                            valLabels,
                            memberHistory);
            checkpoints.write(i, member.bestEpoch(), member.parameters(), memberHistory);
            history.addAll(memberHistory);
            trained.add(member);
        }

        try (Model ensemble =
                Model.newInstance(SentimentArtifact.MODEL_NAME, Device.cpu(), engineName)) {
            SentimentEnsemble block =
                    new SentimentEnsemble(networks, encoder.words(), encoder.bigrams());
            ensemble.setBlock(block);
            block.initialize(ensemble.getNDManager(), DataType.FLOAT32, block.getLayout().shapes());
            for (int i = 0; i < networks.size(); i++) {
                try (DataInputStream in =
                        new DataInputStream(
                                new ByteArrayInputStream(trained.get(i).parameters()))) {
                    block.getMembers().get(i).loadParameters(ensemble.getNDManager(), in);
                } catch (MalformedModelException e) {
                    throw new IOException("Could not restore member " + i, e);
                }
            }
            SentimentArtifact artifact = new SentimentArtifact(ensemble, modelConfig, encoder);
            artifact.save(checkpointDir);
        }

        SentimentArtifact best;
        try {
            best = SentimentArtifact.load(checkpointDir, engineName, Device.cpu());
        } catch (MalformedModelException e) {
            throw new IOException("Could not reload the trained model", e);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        List<Integer> bestEpochs = trained.stream().map(Member::bestEpoch).toList();
        // Validation figures (and the calibration fitted on them) are those of the stored model,
        // whose parameters were rounded when saved.
        float[] valLogits = best.logitsOf(valIds);
        return new Result(best, history, valLogits, valLabels, bestEpochs, seconds);
    }

    /** Trains one member with early stopping and returns the parameters of its best epoch. */
    private Member trainMember(
            int member,
            SentimentNetwork block,
            List<Encoded> trainIds,
            boolean[] trainLabels,
            List<Encoded> valIds,
            boolean[] valLabels,
            List<EpochRecord> history)
            throws IOException {
        boolean bigrams = block.getConfig().usesBigrams();
        InputLayout layout = new InputLayout(bigrams, false);
        if (block.getConfig().reversed()) {
            trainIds = trainIds.stream().map(Encoded::reversed).toList();
            valIds = valIds.stream().map(Encoded::reversed).toList();
        }
        int[] lengths = trainIds.stream().mapToInt(Encoded::length).toArray();
        SentimentDataset dataset =
                SentimentDataset.builder()
                        .setMessages(trainIds, trainLabels, bigrams)
                        .setSampling(
                                new LengthBucketSampler(
                                        config.batchSize(), lengths, true, config.seed() + member))
                        .build();
        int batchesPerEpoch = (trainIds.size() + config.batchSize() - 1) / config.batchSize();

        EpochStats stats = new EpochStats();
        DefaultTrainingConfig trainingConfig =
                new DefaultTrainingConfig(Loss.sigmoidBinaryCrossEntropyLoss())
                        .optOptimizer(optimizer(batchesPerEpoch))
                        .optDevices(new Device[] {Device.cpu()})
                        .addTrainingListeners(stats);
        for (TrainingListener l : listeners) {
            trainingConfig.addTrainingListeners(l);
        }

        byte[] best = null;
        int bestEpoch = 0;
        double bestAccuracy = -1;
        try (Model model =
                Model.newInstance(SentimentArtifact.MODEL_NAME, Device.cpu(), engineName)) {
            model.setBlock(block);
            try (Trainer trainer = model.newTrainer(trainingConfig)) {
                trainer.initialize(layout.shapes());
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

                    float[] valLogits =
                            SentimentArtifact.logits(
                                    valIds, layout, trainer.getManager(), trainer::evaluate);
                    BinaryEvaluation val = BinaryEvaluation.of(valLogits, valLabels, 1.0);
                    EpochRecord record =
                            new EpochRecord(
                                    member,
                                    epoch,
                                    stats.meanLoss(),
                                    stats.accuracy(),
                                    val.logLoss(),
                                    val.accuracy(),
                                    val.rocAuc(),
                                    (System.nanoTime() - epochStart) / 1e9);
                    history.add(record);
                    epochCallback.onEpoch(record);

                    if (val.accuracy() > bestAccuracy) {
                        bestAccuracy = val.accuracy();
                        bestEpoch = epoch;
                        best = snapshot(block);
                    } else if (epoch - bestEpoch >= config.patience()) {
                        logger.debug("Member {} stops after epoch {}", member, epoch);
                        break;
                    }
                }
                trainer.notifyListeners(l -> l.onTrainingEnd(trainer));
            } catch (TranslateException e) {
                throw new IOException("Could not read a training batch", e);
            }
        }
        return new Member(bestEpoch, best);
    }

    /** What decides a member's outcome besides its index: settings, vocabulary and data. */
    private String fingerprint(
            ModelConfig modelConfig, List<Message> train, List<Message> validation) {
        long h = 17;
        for (List<Message> part : List.of(train, validation)) {
            for (Message m : part) {
                h = h * 31 + m.text().hashCode();
                h = h * 31 + (m.bullish() ? 1 : 0);
            }
            h = h * 31 + part.size();
        }
        return config + "\n" + modelConfig.withTemperature(1.0) + "\ndata " + Long.toHexString(h);
    }

    private static byte[] snapshot(SentimentNetwork block) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            block.saveParameters(out);
        }
        return bytes.toByteArray();
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
     * @param artifact the trained ensemble, each member at its best epoch; the caller closes it
     * @param history one record per epoch run, member by member
     * @param validationLogits the ensemble's validation logits
     * @param validationLabels the validation labels, true for bullish
     * @param bestEpochs the epoch whose parameters each member kept, by member
     * @param seconds the wall time of training, vocabulary included
     */
    public record Result(
            SentimentArtifact artifact,
            List<EpochRecord> history,
            float[] validationLogits,
            boolean[] validationLabels,
            List<Integer> bestEpochs,
            double seconds) {}

    /** One trained member: its best epoch and that epoch's parameters. */
    private record Member(int bestEpoch, byte[] parameters) {}
}
