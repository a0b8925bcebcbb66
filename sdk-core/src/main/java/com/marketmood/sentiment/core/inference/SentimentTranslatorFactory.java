package com.marketmood.sentiment.core.inference;

import ai.djl.MalformedModelException;
import ai.djl.Model;
import ai.djl.translate.TranslateException;
import ai.djl.translate.Translator;
import ai.djl.translate.TranslatorFactory;
import ai.djl.util.Pair;
import com.marketmood.sentiment.Sentiment;
import com.marketmood.sentiment.core.model.ModelConfig;
import com.marketmood.sentiment.core.model.ModelFiles;
import java.io.IOException;
import java.lang.reflect.Type;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

/**
 * The DJL {@link TranslatorFactory} for {@code String -> Sentiment}: reads the model folder's
 * vocabularies and temperature into a {@link SentimentTranslator}. Named in a zoo artifact's
 * arguments as {@code translatorFactory}.
 */
public final class SentimentTranslatorFactory implements TranslatorFactory {

    /** Creates the factory; DJL instantiates it by class name. */
    public SentimentTranslatorFactory() {}

    /** {@inheritDoc} */
    @Override
    public Set<Pair<Type, Type>> getSupportedTypes() {
        return Set.of(new Pair<>(String.class, Sentiment.class));
    }

    /** {@inheritDoc} */
    @Override
    @SuppressWarnings("unchecked")
    public <I, O> Translator<I, O> newInstance(
            Class<I> input, Class<O> output, Model model, Map<String, ?> arguments)
            throws TranslateException {
        if (input != String.class || output != Sentiment.class) {
            throw new IllegalArgumentException(
                    "Unsupported types " + input + " -> " + output + "; use String -> Sentiment");
        }
        Path dir = model.getModelPath();
        try {
            ModelConfig config = ModelFiles.readConfig(dir);
            return (Translator<I, O>)
                    new SentimentTranslator(
                            ModelFiles.readEncoder(dir, config),
                            config.layout(),
                            config.temperature());
        } catch (IOException | MalformedModelException e) {
            throw new TranslateException(dir + ": " + e.getMessage(), e);
        }
    }
}
