package com.marketmood.sentiment.core.inference;

import ai.djl.Model;
import ai.djl.inference.Predictor;
import ai.djl.translate.TranslateException;
import com.marketmood.sentiment.Explanation;
import com.marketmood.sentiment.ModelInfo;
import com.marketmood.sentiment.PredictionException;
import com.marketmood.sentiment.Sentiment;
import com.marketmood.sentiment.SentimentModel;
import com.marketmood.sentiment.TokenContribution;
import com.marketmood.sentiment.core.data.LengthGroups;
import com.marketmood.sentiment.core.text.MessageEncoder;
import com.marketmood.sentiment.core.text.MessageEncoder.Encoded;
import com.marketmood.sentiment.spi.EngineModule;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * {@link SentimentModel} on a DJL {@link Model}.
 *
 * <p>DJL's {@link Predictor} is not documented as thread-safe, so each call borrows a predictor
 * from a pool over the one shared model (creating one when none is free) and returns it after. A
 * list is scored in forward passes of up to {@value #BUCKET} messages of similar length, so memory
 * stays bounded whatever the list's size and short messages are not padded to the length of a long
 * one; the results come back in the list's order. Each call runs in the engine module's {@link
 * EngineModule#enterInference() inference state}, so that it gets the same answer on any thread.
 * {@link #close()} waits for calls in progress, then frees everything.
 */
final class DjlSentimentModel implements SentimentModel {

    /** The most messages in one forward pass. */
    static final int BUCKET = 64;

    private final Model model;
    private final SentimentTranslator translator;
    private final ModelInfo info;
    private final EngineModule engine;
    private final ConcurrentLinkedDeque<Predictor<String, Sentiment>> pool =
            new ConcurrentLinkedDeque<>();
    private final List<Predictor<String, Sentiment>> all = new ArrayList<>();
    private final ReadWriteLock lock = new ReentrantReadWriteLock();
    private volatile boolean closed;

    DjlSentimentModel(
            Model model, SentimentTranslator translator, ModelInfo info, EngineModule engine) {
        this.model = model;
        this.translator = translator;
        this.info = info;
        this.engine = engine;
    }

    @Override
    public Sentiment predict(String text) {
        Objects.requireNonNull(text, "text");
        return run(List.of(text)).get(0);
    }

    @Override
    public List<Sentiment> predict(List<String> texts) {
        Objects.requireNonNull(texts, "texts");
        for (int i = 0; i < texts.size(); i++) {
            if (texts.get(i) == null) {
                throw new NullPointerException("texts[" + i + "] is null");
            }
        }
        // Raw length stands in for the token count: grouping never changes an answer.
        return LengthGroups.score(texts, String::length, BUCKET, this::run);
    }

    private List<Sentiment> run(List<String> batch) {
        lock.readLock().lock();
        try {
            if (closed) {
                throw new IllegalStateException("The model is closed");
            }
            Predictor<String, Sentiment> predictor = borrow();
            try (EngineModule.InferenceScope scope = engine.enterInference()) {
                return predictor.batchPredict(batch);
            } catch (TranslateException | RuntimeException e) {
                throw new PredictionException(
                        "Prediction failed on " + info.engine() + ": " + e.getMessage(), e);
            } finally {
                pool.push(predictor);
            }
        } finally {
            lock.readLock().unlock();
        }
    }

    @Override
    public Explanation explain(String text) {
        Objects.requireNonNull(text, "text");
        Sentiment sentiment = run(List.of(text)).get(0);
        MessageEncoder encoder = translator.getEncoder();
        List<String> tokens = encoder.tokensRead(text);
        double temperature = translator.getTemperature();
        double logOdds = logOdds(sentiment.bullishProbability());
        if (tokens.isEmpty()) {
            return new Explanation(sentiment, logOdds, List.of());
        }

        List<Encoded> variants = new ArrayList<>(tokens.size() + 1);
        variants.add(encoder.encodeTokens(tokens));
        for (int i = 0; i < tokens.size(); i++) {
            List<String> without = new ArrayList<>(tokens);
            without.remove(i);
            variants.add(encoder.encodeTokens(without));
        }
        List<Float> logits = logits(variants);

        // Differences within one forward pass, so that batch rounding cancels.
        double whole = logits.get(0) / temperature;
        List<TokenContribution> contributions = new ArrayList<>(tokens.size());
        for (int i = 0; i < tokens.size(); i++) {
            contributions.add(
                    new TokenContribution(tokens.get(i), whole - logits.get(i + 1) / temperature));
        }
        return new Explanation(sentiment, logOdds, contributions);
    }

    private static double logOdds(double p) {
        double clamped = Math.min(Math.max(p, 1e-15), 1 - 1e-15);
        return Math.log(clamped / (1 - clamped));
    }

    private List<Float> logits(List<Encoded> encoded) {
        lock.readLock().lock();
        try {
            if (closed) {
                throw new IllegalStateException("The model is closed");
            }
            try (Predictor<Encoded, Float> predictor =
                            model.newPredictor(new EncodedLogitTranslator(translator.getLayout()));
                    EngineModule.InferenceScope scope = engine.enterInference()) {
                return LengthGroups.score(
                        encoded, Encoded::length, BUCKET, group -> batchPredict(predictor, group));
            } catch (PredictionException e) {
                throw e;
            } catch (RuntimeException e) {
                throw new PredictionException(
                        "Explanation failed on " + info.engine() + ": " + e.getMessage(), e);
            }
        } finally {
            lock.readLock().unlock();
        }
    }

    private static List<Float> batchPredict(
            Predictor<Encoded, Float> predictor, List<Encoded> group) {
        try {
            return predictor.batchPredict(group);
        } catch (TranslateException e) {
            throw new PredictionException("Explanation failed: " + e.getMessage(), e);
        }
    }

    private Predictor<String, Sentiment> borrow() {
        Predictor<String, Sentiment> p = pool.poll();
        if (p != null) {
            return p;
        }
        p = model.newPredictor(translator);
        synchronized (all) {
            all.add(p);
        }
        return p;
    }

    @Override
    public ModelInfo info() {
        return info;
    }

    @Override
    public void close() {
        lock.writeLock().lock();
        try {
            if (closed) {
                return;
            }
            closed = true;
            synchronized (all) {
                all.forEach(Predictor::close);
                all.clear();
            }
            pool.clear();
            model.close();
        } finally {
            lock.writeLock().unlock();
        }
    }

    @Override
    public String toString() {
        return "SentimentModel" + info;
    }
}
