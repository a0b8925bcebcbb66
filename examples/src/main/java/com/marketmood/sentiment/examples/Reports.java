package com.marketmood.sentiment.examples;

import com.marketmood.sentiment.core.data.StockTwitsData;
import com.marketmood.sentiment.core.training.SentimentTrainer;
import com.marketmood.sentiment.core.training.TrainingConfig;
import java.io.IOException;
import java.nio.file.Path;

/** Evaluates a trained model on the fixed split and writes its reports beside it. */
final class Reports {

    private Reports() {}

    static void write(
            Path outDir, TrainingConfig config, SentimentTrainer.Result result, StockTwitsData data)
            throws IOException {
        // TODO: evaluation on the test split, calibration, JSON/Markdown and charts.
    }
}
