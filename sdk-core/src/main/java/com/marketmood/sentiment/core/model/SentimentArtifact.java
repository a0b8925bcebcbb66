package com.marketmood.sentiment.core.model;

import ai.djl.Device;
import ai.djl.MalformedModelException;
import ai.djl.Model;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.nn.Block;
import ai.djl.training.ParameterStore;
import com.marketmood.sentiment.core.data.LengthGroups;
import com.marketmood.sentiment.core.nn.InputLayout;
import com.marketmood.sentiment.core.nn.SentimentEnsemble;
import com.marketmood.sentiment.core.text.MessageEncoder;
import com.marketmood.sentiment.core.text.MessageEncoder.Encoded;
import com.marketmood.sentiment.zoo.SentimentZoo;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A trained sentiment model on disk and in memory: its configuration, vocabularies and DJL
 * parameters.
 *
 * <p>A model folder holds {@value #CONFIG_FILE}, {@value #WORDS_FILE}, {@value #BIGRAMS_FILE} (when
 * the model reads bigrams) and {@value #MODEL_NAME}{@code -0000.params}. The parameters load on
 * either engine.
 */
public final class SentimentArtifact implements AutoCloseable {

    /** The DJL model name, and so the prefix of the parameter file. */
    public static final String MODEL_NAME = SentimentZoo.MODEL_NAME;

    /** The configuration file. */
    public static final String CONFIG_FILE = "model.json";

    /** The word vocabulary file. */
    public static final String WORDS_FILE = "words.txt";

    /** The bigram vocabulary file. */
    public static final String BIGRAMS_FILE = "bigrams.txt";

    /** The parameter file. */
    public static final String PARAMS_FILE = MODEL_NAME + "-0000.params";

    private static final int SCORING_BATCH = 512;

    private final Model model;
    private final ModelConfig config;
    private final MessageEncoder encoder;

    /**
     * Wraps a model whose block is an initialised {@link SentimentNetwork}.
     *
     * @param model the DJL model
     * @param config its configuration
     * @param encoder the encoder of its vocabularies
     */
    public SentimentArtifact(Model model, ModelConfig config, MessageEncoder encoder) {
        this.model = model;
        this.config = config;
        this.encoder = encoder;
    }

    /**
     * Loads a model folder written by {@link #save(Path)}.
     *
     * @param dir the model folder
     * @param engine the engine to load it on
     * @param device the device to load it on
     * @return the loaded model; close it when done
     * @throws IOException if a file is missing or unreadable
     * @throws MalformedModelException if a file is corrupt or does not match the others
     */
    public static SentimentArtifact load(Path dir, String engine, Device device)
            throws IOException, MalformedModelException {
        ModelFiles.verify(dir);
        ModelConfig config = ModelFiles.readConfig(dir);
        MessageEncoder encoder = ModelFiles.readEncoder(dir, config);
        Model model = Model.newInstance(MODEL_NAME, device, engine);
        try {
            model.setBlock(newNetwork(dir, config, encoder));
            model.load(dir, MODEL_NAME);
        } catch (IOException | MalformedModelException | RuntimeException e) {
            model.close();
            throw e;
        }
        return new SentimentArtifact(model, config, encoder);
    }

    /**
     * Builds the (uninitialised) network a model folder's parameters belong to.
     *
     * @param dir the model folder, for error messages
     * @param config the model's configuration
     * @param encoder the model's vocabularies
     * @return the network
     * @throws MalformedModelException if the configuration and vocabularies do not fit
     */
    public static SentimentEnsemble newNetwork(Path dir, ModelConfig config, MessageEncoder encoder)
            throws MalformedModelException {
        try {
            return new SentimentEnsemble(config.members(), encoder.words(), encoder.bigrams());
        } catch (IllegalArgumentException e) {
            throw new MalformedModelException(dir + ": " + e.getMessage(), e);
        }
    }

    /**
     * Writes the model into a folder, creating it if needed and replacing an earlier model there.
     *
     * @param dir the folder
     * @throws IOException if a file cannot be written
     */
    public void save(Path dir) throws IOException {
        Files.createDirectories(dir);
        ModelFiles.writeConfig(dir, config);
        encoder.words().save(dir.resolve(WORDS_FILE));
        if (encoder.bigrams() != null) {
            encoder.bigrams().save(dir.resolve(BIGRAMS_FILE));
        }
        Files.deleteIfExists(dir.resolve(PARAMS_FILE));
        model.setProperty("Epoch", "0");
        model.save(dir, MODEL_NAME);
        ModelFiles.writeChecksums(dir, ModelFiles.modelFileNames(config));
    }

    /**
     * Returns a copy of this artifact's handle with another configuration (for example a fitted
     * temperature), sharing the same model.
     *
     * @param newConfig the configuration
     * @return the new handle; closing either closes the model
     */
    public SentimentArtifact withConfig(ModelConfig newConfig) {
        return new SentimentArtifact(model, newConfig, encoder);
    }

    /**
     * Returns the bullish logits of raw messages, before temperature scaling.
     *
     * @param messages the raw messages; {@code null} entries are treated as empty
     * @return one logit per message, in order
     */
    public float[] logits(List<String> messages) {
        List<Encoded> encoded = new ArrayList<>(messages.size());
        for (String m : messages) {
            encoded.add(encoder.encode(m));
        }
        return logitsOf(encoded);
    }

    /**
     * Returns the bullish logits of encoded messages, before temperature scaling.
     *
     * @param encoded messages encoded by this model's encoder
     * @return one logit per message, in order
     */
    public float[] logitsOf(List<Encoded> encoded) {
        Block block = model.getBlock();
        try (NDManager manager = model.getNDManager().newSubManager()) {
            ParameterStore store = new ParameterStore(manager, false);
            return logits(
                    encoded, config.layout(), manager, input -> block.forward(store, input, false));
        }
    }

    /**
     * Scores encoded messages in batches of similar length, the way training validates.
     *
     * @param messages the encoded messages
     * @param layout the input layout the network reads
     * @param manager the manager under which each batch's arrays are created and freed
     * @param forward the network's inference forward pass
     * @return one logit per message, in order
     */
    public static float[] logits(
            List<Encoded> messages,
            InputLayout layout,
            NDManager manager,
            Function<NDList, NDList> forward) {
        List<Float> logits =
                LengthGroups.score(
                        messages,
                        Encoded::length,
                        SCORING_BATCH,
                        batch -> {
                            try (NDManager batchManager = manager.newSubManager()) {
                                float[] values =
                                        forward.apply(layout.create(batchManager, batch))
                                                .head()
                                                .toFloatArray();
                                List<Float> group = new ArrayList<>(values.length);
                                for (float v : values) {
                                    group.add(v);
                                }
                                return group;
                            }
                        });
        float[] out = new float[logits.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = logits.get(i);
        }
        return out;
    }

    /**
     * Returns the DJL model.
     *
     * @return the model
     */
    public Model getModel() {
        return model;
    }

    /**
     * Returns the configuration.
     *
     * @return the configuration
     */
    public ModelConfig getConfig() {
        return config;
    }

    /**
     * Returns the encoder of the model's vocabularies.
     *
     * @return the encoder
     */
    public MessageEncoder getEncoder() {
        return encoder;
    }

    /**
     * Returns the engine the model runs on.
     *
     * @return the engine name
     */
    public String getEngine() {
        return model.getNDManager().getEngine().getEngineName();
    }

    /** Frees the model's native memory. */
    @Override
    public void close() {
        model.close();
    }
}
