package com.marketmood.sentiment.examples;

import com.marketmood.sentiment.ModelException;
import com.marketmood.sentiment.SentimentModel;
import com.marketmood.sentiment.zoo.SentimentZoo;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * The options that choose a model, engine and device, shared by the commands. It also brings {@code
 * -h/--help}: picocli's standard help options would add {@code --version} too, which clashes with
 * the model's version and makes picocli leave out {@code --help} altogether.
 */
final class ModelOptions {

    @Option(
            names = {"-h", "--help"},
            usageHelp = true,
            description = "Show this help message and exit.")
    boolean help;

    @Option(
            names = "--model",
            description = "Model name in the zoo (default: the pretrained ${DEFAULT-VALUE}).",
            defaultValue = SentimentZoo.PRETRAINED)
    String name;

    @Option(names = "--version", description = "Model version (default: the newest).")
    String version;

    @Option(
            names = "--model-path",
            description = "A model folder written by the train command, instead of a zoo model.")
    Path path;

    @Option(
            names = "--zoo",
            description =
                    "Local zoo folder (default: $SENTIMENT_ZOO or ~/.stocktwits-sentiment/zoo).")
    Path zoo;

    @Option(
            names = "--engine",
            description = "pytorch or mxnet (default: the engine module on the class path).")
    String engine;

    @Option(names = "--device", description = "auto, cpu, gpu or gpu:N (default: auto).")
    String device;

    SentimentModel load() throws ModelException {
        SentimentModel.Builder builder = SentimentModel.builder();
        if (path != null) {
            builder.optModelPath(path);
        } else {
            builder.optModelName(name);
            if (version != null) {
                builder.optVersion(version);
            }
            if (zoo != null) {
                builder.optZoo(zoo);
            }
        }
        if (engine != null) {
            builder.optEngine(engine);
        }
        if (device != null) {
            builder.optDevice(device);
        }
        return builder.load();
    }
}
