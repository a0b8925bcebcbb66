package com.marketmood.sentiment.benchmarks;

import com.marketmood.sentiment.Label;
import com.marketmood.sentiment.Sentiment;
import com.marketmood.sentiment.SentimentModel;
import com.marketmood.sentiment.core.data.StockTwitsData;
import com.marketmood.sentiment.core.data.StockTwitsData.Message;
import com.marketmood.sentiment.core.text.StockTwitsNormalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import opennlp.tools.doccat.BagOfWordsFeatureGenerator;
import opennlp.tools.doccat.DoccatFactory;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentCategorizerME;
import opennlp.tools.doccat.DocumentSample;
import opennlp.tools.doccat.FeatureGenerator;
import opennlp.tools.doccat.NGramFeatureGenerator;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;

/**
 * The SDK side by side with the peer a Java developer would otherwise pick: Apache OpenNLP's
 * document categorizer (maximum entropy over words and bigrams), trained on the same training split
 * and tokenised by the same StockTwits normalisation. Prints test accuracy and throughput of both,
 * and their ratios.
 *
 * <p>Throughput is measured the way each is used to score a stream on one thread: OpenNLP one
 * message per call (its API has no batch call), the SDK one message per call and in batches of 256.
 * Each is timed over the whole test split after a warm-up pass.
 */
public final class PeerComparison {

    private PeerComparison() {}

    /**
     * Runs the comparison.
     *
     * @param args optional: the SDK's engine (default pytorch)
     * @throws Exception if training or loading fails
     */
    public static void main(String[] args) throws Exception {
        String engine = args.length > 0 ? args[0] : "pytorch";
        StockTwitsData data = Messages.data();
        StockTwitsNormalizer normalizer = StockTwitsNormalizer.getInstance();
        List<Message> test = data.test();
        List<String> texts = test.stream().map(Message::text).toList();

        long trainStart = System.nanoTime();
        DocumentCategorizerME peer = trainPeer(data.train(), normalizer);
        double peerTrainSeconds = (System.nanoTime() - trainStart) / 1e9;

        int peerCorrect = 0;
        for (int i = 0; i < test.size(); i++) {
            String best = peer.getBestCategory(peer.categorize(tokens(normalizer, texts.get(i))));
            peerCorrect += best.equals(label(test.get(i).bullish())) ? 1 : 0;
        }
        double peerRate =
                rate(
                        texts.size(),
                        () -> {
                            for (String t : texts) {
                                peer.categorize(tokens(normalizer, t));
                            }
                        });

        double sdkAccuracy;
        double sdkSingleRate;
        double sdkBatchRate;
        try (SentimentModel model = SentimentModel.builder().optEngine(engine).load()) {
            List<Sentiment> predicted = model.predict(texts);
            int correct = 0;
            for (int i = 0; i < test.size(); i++) {
                boolean bullish = predicted.get(i).label() == Label.BULLISH;
                correct += bullish == test.get(i).bullish() ? 1 : 0;
            }
            sdkAccuracy = (double) correct / test.size();
            sdkSingleRate =
                    rate(
                            texts.size(),
                            () -> {
                                for (String t : texts) {
                                    model.predict(t);
                                }
                            });
            sdkBatchRate = rate(texts.size(), () -> model.predict(texts));
        }

        double peerAccuracy = (double) peerCorrect / test.size();
        int[] tokens =
                texts.stream()
                        .mapToInt(t -> Math.max(1, Math.min(64, normalizer.tokenize(t).size())))
                        .sorted()
                        .toArray();
        System.out.printf(
                Locale.ROOT,
                "Test messages as the model reads them: %.1f tokens on average, median %d,"
                        + " longest %d.%n",
                java.util.Arrays.stream(tokens).average().orElse(0),
                tokens[tokens.length / 2],
                tokens[tokens.length - 1]);
        System.out.printf(
                Locale.ROOT,
                "Test split: %d messages. OpenNLP trained in %.1f s.%n",
                test.size(),
                peerTrainSeconds);
        System.out.println(
                "| | test accuracy | messages/s, one per call | messages/s, batch 256 |");
        System.out.println("|---|---:|---:|---:|");
        System.out.printf(
                Locale.ROOT,
                "| OpenNLP maxent, words + bigrams | %.4f | %,.0f | - |%n",
                peerAccuracy,
                peerRate);
        System.out.printf(
                Locale.ROOT,
                "| this SDK, pretrained, %s | %.4f | %,.0f | %,.0f |%n",
                engine,
                sdkAccuracy,
                sdkSingleRate,
                sdkBatchRate);
        System.out.printf(
                Locale.ROOT,
                "Ratios SDK / OpenNLP: accuracy %+.4f (%.3fx), single-call throughput %.2fx,"
                        + " batch throughput %.2fx%n",
                sdkAccuracy - peerAccuracy,
                sdkAccuracy / peerAccuracy,
                sdkSingleRate / peerRate,
                sdkBatchRate / peerRate);
    }

    private static DocumentCategorizerME trainPeer(
            List<Message> train, StockTwitsNormalizer normalizer) throws Exception {
        List<DocumentSample> samples = new ArrayList<>(train.size());
        for (Message m : train) {
            String[] tokens = tokens(normalizer, m.text());
            if (tokens.length > 0) {
                samples.add(new DocumentSample(label(m.bullish()), tokens));
            }
        }
        TrainingParameters parameters = TrainingParameters.defaultParams();
        parameters.put(TrainingParameters.CUTOFF_PARAM, 2);
        parameters.put(TrainingParameters.ITERATIONS_PARAM, 100);
        DoccatFactory factory =
                new DoccatFactory(
                        new FeatureGenerator[] {
                            new BagOfWordsFeatureGenerator(), new NGramFeatureGenerator(2, 2)
                        });
        DoccatModel model =
                DocumentCategorizerME.train(
                        "en", ObjectStreamUtils.createObjectStream(samples), parameters, factory);
        return new DocumentCategorizerME(model);
    }

    private static String[] tokens(StockTwitsNormalizer normalizer, String text) {
        return normalizer.tokenize(text).toArray(new String[0]);
    }

    private static String label(boolean bullish) {
        return bullish ? "bullish" : "bearish";
    }

    /** Runs the work once to warm up, then times a second run; returns messages per second. */
    private static double rate(int messages, Runnable work) {
        work.run();
        long start = System.nanoTime();
        work.run();
        return messages / ((System.nanoTime() - start) / 1e9);
    }
}
