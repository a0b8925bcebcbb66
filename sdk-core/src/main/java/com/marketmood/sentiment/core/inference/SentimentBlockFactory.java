package com.marketmood.sentiment.core.inference;

import ai.djl.MalformedModelException;
import ai.djl.Model;
import ai.djl.nn.Block;
import ai.djl.nn.BlockFactory;
import com.marketmood.sentiment.core.model.ModelConfig;
import com.marketmood.sentiment.core.model.ModelFiles;
import com.marketmood.sentiment.core.model.SentimentArtifact;
import com.marketmood.sentiment.core.text.MessageEncoder;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

/**
 * The DJL {@link BlockFactory} that builds the network of a model folder, so that DJL's {@code
 * Criteria} and model zoo can load it. It checks the folder's checksums first, so every load, not
 * only the first copy into a cache, fails on a damaged file.
 *
 * <p>Named in a zoo artifact's arguments as {@code blockFactory}.
 */
public final class SentimentBlockFactory implements BlockFactory {

    private static final long serialVersionUID = 1L;

    /** Creates the factory; DJL instantiates it by class name. */
    public SentimentBlockFactory() {}

    /** {@inheritDoc} */
    @Override
    public Block newBlock(Model model, Path modelPath, Map<String, ?> arguments)
            throws IOException {
        try {
            ModelFiles.verify(modelPath);
            ModelConfig config = ModelFiles.readConfig(modelPath);
            MessageEncoder encoder = ModelFiles.readEncoder(modelPath, config);
            return SentimentArtifact.newNetwork(modelPath, config, encoder);
        } catch (MalformedModelException e) {
            // BlockFactory may only throw IOException; the loader unwraps this one.
            throw new CorruptModelIOException(e);
        }
    }

    /** Carries a {@link MalformedModelException} through the {@link BlockFactory} signature. */
    static final class CorruptModelIOException extends IOException {
        private static final long serialVersionUID = 1L;

        CorruptModelIOException(MalformedModelException cause) {
            super(cause.getMessage(), cause);
        }
    }
}
