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
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * {@link SentimentModel} on a DJL {@link Model}.
 *
 * <p>DJL's {@link Predictor} is not documented as thread-safe, so each call borrows a predictor
 * from a pool over the one shared model (creating one when none is free) and returns it after. A
 * list is scored in forward passes of up to {@value #BUCKET} messages of similar length, so memory
 * stays bounded whatever the list's size and short messages are not padded to the length of a long
 * one; the results come back in the list's order. The passes of one list are shared between the
 * calling thread and up to {@code batchThreads - 1} helper threads, each with its own predictor
 * from the pool. Each call runs in the engine module's {@link EngineModule#enterInference()
 * inference state}, so that it gets the same answer on any thread. {@link #close()} waits for calls
 * in progress, then frees everything.
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
    private final int batchThreads;
    private final ExecutorService helpers;
    private volatile boolean closed;

    /**
     * Wraps a loaded model.
     *
     * @param batchThreads the most threads one {@link #predict(List)} uses: the caller's and up to
     *     {@code batchThreads - 1} helper threads, started when first needed and stopped by {@link
     *     #close()}
     */
    DjlSentimentModel(
            Model model,
            SentimentTranslator translator,
            ModelInfo info,
            EngineModule engine,
            int batchThreads) {
        if (batchThreads < 1) {
            throw new IllegalArgumentException("batchThreads must be at least 1: " + batchThreads);
        }
        this.model = model;
        this.translator = translator;
        this.info = info;
        this.engine = engine;
        this.batchThreads = batchThreads;
        this.helpers = batchThreads == 1 ? null : helperPool(batchThreads - 1);
    }

    private static ExecutorService helperPool(int threads) {
        AtomicInteger count = new AtomicInteger();
        ThreadFactory factory =
                task -> {
                    Thread t = new Thread(task, "sentiment-batch-" + count.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                };
        ThreadPoolExecutor pool =
                new ThreadPoolExecutor(
                        threads,
                        threads,
                        30,
                        TimeUnit.SECONDS,
                        new LinkedBlockingQueue<>(),
                        factory);
        pool.allowCoreThreadTimeOut(true);
        return pool;
    }

    @Override
    public Sentiment predict(String text) {
        Objects.requireNonNull(text, "text");
        lock.readLock().lock();
        try {
            checkOpen();
            return run(List.of(text)).get(0);
        } finally {
            lock.readLock().unlock();
        }
    }

    @Override
    public List<Sentiment> predict(List<String> texts) {
        Objects.requireNonNull(texts, "texts");
        for (int i = 0; i < texts.size(); i++) {
            if (texts.get(i) == null) {
                throw new NullPointerException("texts[" + i + "] is null");
            }
        }
        // The read lock is held for the whole list, so helper threads need not take it (a
        // helper waiting for it behind close() would wait for this call forever).
        lock.readLock().lock();
        try {
            checkOpen();
            // Raw length stands in for the token count: grouping never changes an answer.
            return LengthGroups.score(
                    texts, String::length, BUCKET, this::run, helpers, batchThreads);
        } finally {
            lock.readLock().unlock();
        }
    }

    /** Scores one forward pass; the caller holds the read lock. */
    private List<Sentiment> run(List<String> batch) {
        Predictor<String, Sentiment> predictor = borrow();
        try (EngineModule.InferenceScope scope = engine.enterInference()) {
            return predictor.batchPredict(batch);
        } catch (TranslateException | RuntimeException e) {
            throw new PredictionException(
                    "Prediction failed on " + info.engine() + ": " + e.getMessage(), e);
        } finally {
            pool.push(predictor);
        }
    }

    private void checkOpen() {
        if (closed) {
            throw new IllegalStateException("The model is closed");
        }
    }

    @Override
    public Explanation explain(String text) {
        Sentiment sentiment = predict(text);
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
            checkOpen();
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
            if (helpers != null) {
                helpers.shutdown();
            }
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
