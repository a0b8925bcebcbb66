package com.marketmood.sentiment.examples;

import com.marketmood.sentiment.core.data.StockTwitsData;
import com.marketmood.sentiment.core.evaluation.EpochRecord;
import com.marketmood.sentiment.core.training.Presets;
import com.marketmood.sentiment.core.training.SentimentTrainer;
import com.marketmood.sentiment.core.training.TrainingConfig;
import com.marketmood.sentiment.zoo.SentimentZoo;
import com.marketmood.sentiment.zoo.ZooPublisher;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Trains a model from the StockTwits CSV, evaluates it on the fixed split and saves it. */
@Command(
        name = "train",
        mixinStandardHelpOptions = true,
        description = {
            "Trains the sentiment model on the StockTwits $SPY 2017 data set (train split),",
            "stops early on the validation split, fits a calibration temperature on validation,",
            "evaluates on the test split and writes the model, evaluation.json/.md and charts."
        })
final class TrainCommand implements Callable<Integer> {

    private static final Logger logger = LoggerFactory.getLogger(TrainCommand.class);

    @Option(
            names = "--data",
            required = true,
            description = "Folder of the data set (holding the CSV and split/), or the CSV file.")
    Path data;

    @Option(
            names = "--preset",
            defaultValue = Presets.DEFAULT,
            description =
                    "Training preset: ${COMPLETION-CANDIDATES}, or a .json file of the same"
                            + " form (default: ${DEFAULT-VALUE}).",
            completionCandidates = PresetNames.class)
    String preset;

    @Option(
            names = "--engine",
            defaultValue = "pytorch",
            description = "Engine to train on: pytorch or mxnet (default: ${DEFAULT-VALUE}).")
    String engine;

    @Option(
            names = "--epochs",
            description = "Most epochs (default: the preset's). Early stopping may end sooner.")
    Integer epochs;

    @Option(
            names = "--seed",
            description = "Seed of initialisation, dropout and shuffling (default: the preset's).")
    Integer seed;

    @Option(
            names = "--set",
            paramLabel = "NAME=VALUE",
            description = {
                "Overrides one setting of the preset, e.g. --set maxEpochs=3,",
                "--set members.0.embeddingSize=64 or --set members.1.lstmSizes=128,64. Repeatable."
            })
    List<String> overrides = new ArrayList<>();

    @Option(
            names = "--threads",
            defaultValue = "1",
            description =
                    "PyTorch intra-op threads (default: ${DEFAULT-VALUE}; MXNet reads"
                            + " OMP_NUM_THREADS).")
    int threads;

    @Option(names = "--out", description = "Output folder (default: runs/<preset>-<engine>).")
    Path out;

    @Option(
            names = "--resume",
            description = {
                "Resume an interrupted run in the same output folder: members it finished are",
                "read back from <out>/checkpoint, not trained again; the result is the same."
            })
    boolean resume;

    @Option(
            names = "--publish",
            paramLabel = "[NAME:]VERSION",
            description = {
                "Also publish the model into the local zoo as this version of NAME",
                "(default name: " + SentimentZoo.PRETRAINED + "), e.g. --publish 0.2.0."
            })
    String publish;

    @Option(
            names = "--zoo",
            description =
                    "Local zoo folder for --publish (default: $SENTIMENT_ZOO or"
                            + " ~/.stocktwits-sentiment/zoo).")
    Path zoo;

    @Override
    public Integer call() throws Exception {
        String engineName = Engines.djlName(engine);
        Engines.setThreads(threads);
        List<String> settings = new ArrayList<>(overrides);
        if (epochs != null) {
            settings.add("maxEpochs=" + epochs);
        }
        if (seed != null) {
            settings.add("seed=" + seed);
        }
        TrainingConfig config = Presets.withOverrides(Presets.get(preset), settings);
        Path outDir =
                out != null
                        ? out
                        : Path.of("runs", config.preset() + "-" + engine.toLowerCase(Locale.ROOT));
        Files.createDirectories(outDir);
        logger.info("Training preset {} on {}: {}", config.preset(), engineName, config);

        StockTwitsData dataset = StockTwitsData.load(data);
        logger.info(
                "Data: {} train, {} validation, {} test messages ({} malformed rows skipped)",
                dataset.train().size(),
                dataset.validation().size(),
                dataset.test().size(),
                dataset.skippedRows());

        int batchesPerEpoch =
                (dataset.train().size() + config.batchSize() - 1) / config.batchSize();
        SentimentTrainer trainer =
                new SentimentTrainer(config, engineName)
                        .optResume(resume)
                        .addListener(
                                new ConsoleProgress(
                                        System.err, batchesPerEpoch, ConsoleProgress.onTerminal()))
                        .onEpoch(TrainCommand::logEpoch);
        SentimentTrainer.Result result =
                trainer.train(dataset.train(), dataset.validation(), outDir.resolve("checkpoint"));
        try (var artifact = result.artifact()) {
            logger.info(
                    "Trained {} member(s) in {} s; best epochs {}",
                    config.members().size(),
                    String.format(Locale.ROOT, "%.1f", result.seconds()),
                    result.bestEpochs());
            Reports.Outcome outcome =
                    Reports.write(outDir.resolve("model"), config, result, dataset, data);
            logger.info(
                    String.format(
                            Locale.ROOT,
                            "Test split: accuracy %.4f, ROC AUC %.4f, ECE %.4f raw / %.4f at"
                                    + " temperature %.3f",
                            outcome.testCalibrated().accuracy(),
                            outcome.testCalibrated().rocAuc(),
                            outcome.testRaw().expectedCalibrationError(),
                            outcome.testCalibrated().expectedCalibrationError(),
                            outcome.temperature()));
            logger.info("Model and reports written to {}", outDir.resolve("model"));
            if (publish != null) {
                publish(outDir.resolve("model"), config, outcome);
            }
        }
        return 0;
    }

    private void publish(Path modelDir, TrainingConfig config, Reports.Outcome outcome)
            throws IOException {
        int colon = publish.lastIndexOf(':');
        String name = colon < 0 ? SentimentZoo.PRETRAINED : publish.substring(0, colon);
        String version = publish.substring(colon + 1);
        Path zooDir = zoo != null ? zoo : SentimentZoo.defaultDir();
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("preset", config.preset());
        properties.put("engine", Engines.djlName(engine));
        properties.put(
                "testAccuracy",
                String.format(Locale.ROOT, "%.4f", outcome.testCalibrated().accuracy()));
        properties.put(
                "testRocAuc",
                String.format(Locale.ROOT, "%.4f", outcome.testCalibrated().rocAuc()));
        Path published =
                ZooPublisher.publish(
                        modelDir, zooDir, name, version, "StockTwits sentiment", properties);
        logger.info("Published {} {} to {}", name, version, published);
    }

    private static void logEpoch(EpochRecord r) {
        logger.info(
                String.format(
                        Locale.ROOT,
                        "member %d epoch %2d  train loss %.4f acc %.4f | val loss %.4f acc %.4f auc %.4f | %.1f s",
                        r.member(),
                        r.epoch(),
                        r.trainLoss(),
                        r.trainAccuracy(),
                        r.validationLoss(),
                        r.validationAccuracy(),
                        r.validationAuc(),
                        r.seconds()));
    }

    /** The preset names, for the help text. */
    static final class PresetNames extends ArrayList<String> {
        private static final long serialVersionUID = 1L;

        PresetNames() {
            super(Presets.names());
        }
    }
}
