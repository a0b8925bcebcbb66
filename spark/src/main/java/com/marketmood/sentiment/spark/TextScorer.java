package com.marketmood.sentiment.spark;

import com.marketmood.sentiment.Sentiment;
import java.util.Locale;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.api.java.UDF1;

/** The column and SQL function: one message to a struct of label and probability; null to null. */
final class TextScorer implements UDF1<String, Row> {

    private static final long serialVersionUID = 1L;

    private final ModelSpec spec;

    TextScorer(ModelSpec spec) {
        this.spec = spec;
    }

    @Override
    public Row call(String text) {
        if (text == null) {
            return null;
        }
        Sentiment s = ExecutorModels.get(spec).predict(text);
        return RowFactory.create(s.label().name().toLowerCase(Locale.ROOT), s.bullishProbability());
    }
}
