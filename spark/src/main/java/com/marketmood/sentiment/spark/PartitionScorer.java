package com.marketmood.sentiment.spark;

import com.marketmood.sentiment.Sentiment;
import com.marketmood.sentiment.SentimentModel;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;

/**
 * Scores one partition in batches: reads up to a batch of rows, predicts them in one call, and
 * hands them on with the label and probability appended, so that a partition is never held whole. A
 * null text gets a null label and probability.
 */
final class PartitionScorer implements MapPartitionsFunction<Row, Row> {

    private static final long serialVersionUID = 1L;

    private final ModelSpec spec;
    private final int textIndex;
    private final int batchSize;

    PartitionScorer(ModelSpec spec, int textIndex, int batchSize) {
        this.spec = spec;
        this.textIndex = textIndex;
        this.batchSize = batchSize;
    }

    @Override
    public Iterator<Row> call(Iterator<Row> rows) {
        SentimentModel model = ExecutorModels.get(spec);
        return new Iterator<>() {
            private final ArrayDeque<Row> ready = new ArrayDeque<>();

            @Override
            public boolean hasNext() {
                if (ready.isEmpty() && rows.hasNext()) {
                    scoreNextBatch(model, rows, ready);
                }
                return !ready.isEmpty();
            }

            @Override
            public Row next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return ready.poll();
            }
        };
    }

    private void scoreNextBatch(SentimentModel model, Iterator<Row> rows, ArrayDeque<Row> out) {
        List<Row> batch = new ArrayList<>(batchSize);
        List<String> texts = new ArrayList<>(batchSize);
        while (batch.size() < batchSize && rows.hasNext()) {
            Row row = rows.next();
            batch.add(row);
            if (!row.isNullAt(textIndex)) {
                texts.add(row.getString(textIndex));
            }
        }
        List<Sentiment> results = texts.isEmpty() ? List.of() : model.predict(texts);
        int next = 0;
        for (Row row : batch) {
            Sentiment s = row.isNullAt(textIndex) ? null : results.get(next++);
            out.add(withScore(row, s));
        }
    }

    private static Row withScore(Row row, Sentiment sentiment) {
        Object[] values = new Object[row.length() + 2];
        for (int i = 0; i < row.length(); i++) {
            values[i] = row.get(i);
        }
        if (sentiment != null) {
            values[row.length()] = sentiment.label().name().toLowerCase(Locale.ROOT);
            values[row.length() + 1] = sentiment.bullishProbability();
        }
        return RowFactory.create(values);
    }
}
