package com.marketmood.sentiment.core.inference;

import ai.djl.ndarray.NDList;
import ai.djl.translate.Batchifier;
import ai.djl.translate.Translator;
import ai.djl.translate.TranslatorContext;
import com.marketmood.sentiment.Sentiment;
import com.marketmood.sentiment.core.nn.InputLayout;
import com.marketmood.sentiment.core.text.MessageEncoder;
import com.marketmood.sentiment.core.text.MessageEncoder.Encoded;
import java.util.ArrayList;
import java.util.List;

/**
 * The DJL {@link Translator} from a raw message to its {@link Sentiment}.
 *
 * <p>Input: the message is normalised and encoded exactly as in training ({@link MessageEncoder}):
 * text that normalises to nothing is one unknown token, and only the first {@code maxTokens} tokens
 * of a longer message are read. A batch is padded on the right to its longest message, which leaves
 * each message's answer unchanged. Output: the bullish logit divided by the model's calibration
 * temperature, through a sigmoid.
 *
 * <p>A batch is laid out in one step ({@link #batchProcessInput}) rather than message by message,
 * so the engine sees one array per input whatever the batch size. Instances are immutable and safe
 * to share between predictors.
 */
public final class SentimentTranslator implements Translator<String, Sentiment> {

    private final MessageEncoder encoder;
    private final double temperature;
    private final InputLayout layout;

    /**
     * Creates a translator.
     *
     * @param encoder the model's encoder
     * @param layout the input layout the model reads
     * @param temperature the calibration temperature, positive
     */
    public SentimentTranslator(MessageEncoder encoder, InputLayout layout, double temperature) {
        if (!(temperature > 0) || Double.isInfinite(temperature)) {
            throw new IllegalArgumentException("temperature must be positive, got " + temperature);
        }
        this.encoder = encoder;
        this.temperature = temperature;
        this.layout = layout;
    }

    /** {@inheritDoc} */
    @Override
    public NDList processInput(TranslatorContext ctx, String input) {
        return layout.create(ctx.getNDManager(), List.of(encoder.encode(input)));
    }

    /** {@inheritDoc} */
    @Override
    public Sentiment processOutput(TranslatorContext ctx, NDList list) {
        return toSentiment(list.head().toFloatArray()[0]);
    }

    /** {@inheritDoc} */
    @Override
    public NDList batchProcessInput(TranslatorContext ctx, List<String> inputs) {
        List<Encoded> encoded = new ArrayList<>(inputs.size());
        for (String input : inputs) {
            encoded.add(encoder.encode(input));
        }
        return layout.create(ctx.getNDManager(), encoded);
    }

    /** {@inheritDoc} */
    @Override
    public List<Sentiment> batchProcessOutput(TranslatorContext ctx, NDList list) {
        float[] logits = list.head().toFloatArray();
        List<Sentiment> out = new ArrayList<>(logits.length);
        for (float logit : logits) {
            out.add(toSentiment(logit));
        }
        return out;
    }

    /** {@inheritDoc} */
    @Override
    public Batchifier getBatchifier() {
        // batchProcessInput lays a batch out itself; a batchifier marks the translator as
        // batching and unstacks nothing, since batchProcessOutput reads the logits directly.
        return Batchifier.STACK;
    }

    /**
     * Turns a bullish logit into a sentiment, applying the temperature.
     *
     * @param logit the network's output
     * @return the sentiment
     * @throws IllegalStateException if the logit is not a number
     */
    public Sentiment toSentiment(float logit) {
        if (Float.isNaN(logit)) {
            throw new IllegalStateException("The network produced NaN");
        }
        double p = 1.0 / (1.0 + Math.exp(-logit / temperature));
        return Sentiment.ofProbability(p);
    }

    /**
     * Returns the input layout of the model.
     *
     * @return the layout
     */
    public InputLayout getLayout() {
        return layout;
    }

    /**
     * Returns the calibration temperature.
     *
     * @return the temperature, positive
     */
    public double getTemperature() {
        return temperature;
    }

    /**
     * Returns the encoder.
     *
     * @return the encoder
     */
    public MessageEncoder getEncoder() {
        return encoder;
    }
}
