package com.marketmood.sentiment.core.inference;

import ai.djl.ndarray.NDList;
import ai.djl.translate.Batchifier;
import ai.djl.translate.Translator;
import ai.djl.translate.TranslatorContext;
import com.marketmood.sentiment.core.nn.InputLayout;
import com.marketmood.sentiment.core.text.MessageEncoder.Encoded;
import java.util.ArrayList;
import java.util.List;

/**
 * A DJL {@link Translator} from already encoded messages to the network's raw bullish logits, for
 * work that changes a message at the token level (explanations). Padding and layout are those of
 * {@link SentimentTranslator}.
 */
final class EncodedLogitTranslator implements Translator<Encoded, Float> {

    private final InputLayout layout;

    EncodedLogitTranslator(InputLayout layout) {
        this.layout = layout;
    }

    @Override
    public NDList processInput(TranslatorContext ctx, Encoded input) {
        return layout.create(ctx.getNDManager(), List.of(input));
    }

    @Override
    public Float processOutput(TranslatorContext ctx, NDList list) {
        return list.head().toFloatArray()[0];
    }

    @Override
    public NDList batchProcessInput(TranslatorContext ctx, List<Encoded> inputs) {
        return layout.create(ctx.getNDManager(), inputs);
    }

    @Override
    public List<Float> batchProcessOutput(TranslatorContext ctx, NDList list) {
        float[] logits = list.head().toFloatArray();
        List<Float> out = new ArrayList<>(logits.length);
        for (float logit : logits) {
            out.add(logit);
        }
        return out;
    }

    @Override
    public Batchifier getBatchifier() {
        return Batchifier.STACK;
    }
}
