package com.marketmood.sentiment.core.inference;

import ai.djl.Model;
import ai.djl.inference.Predictor;
import ai.djl.translate.TranslateException;
import com.marketmood.sentiment.ModelInfo;
import com.marketmood.sentiment.PredictionException;
import com.marketmood.sentiment.Sentiment;
import com.marketmood.sentiment.SentimentModel;
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
 * from a pool over the one shared model (creating one when none is free) and returns it after.
 * Large lists are cut into batches of {@value #MAX_BATCH}, so memory stays bounded whatever the
 * list's size. Each call runs in the engine module's {@link EngineModule#enterInference() inference
 * state}, so that it gets the same answer on any thread. {@link #close()} waits for calls in
 * progress, then frees everything.
 */
final class DjlSentimentModel implements SentimentModel {

    /** The most messages in one forward pass. */
    static final int MAX_BATCH = 256;

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
        if (texts.size() <= MAX_BATCH) {
            return texts.isEmpty() ? List.of() : run(texts);
        }
        List<Sentiment> out = new ArrayList<>(texts.size());
        for (int from = 0; from < texts.size(); from += MAX_BATCH) {
            out.addAll(run(texts.subList(from, Math.min(texts.size(), from + MAX_BATCH))));
        }
        return out;
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
