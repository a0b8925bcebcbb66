package com.marketmood.sentiment.examples;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonObject;
import com.marketmood.sentiment.Sentiment;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * JSON Lines: each row's object with {@code label} and {@code bullish_probability} added last
 * (replacing members of those names). CSV and text cells become strings; JSON members keep their
 * types.
 */
final class JsonLinesRowWriter implements RowWriter {

    private static final Gson GSON = new GsonBuilder().disableHtmlEscaping().create();

    private final Writer out;

    JsonLinesRowWriter(Writer out) {
        this.out = out;
    }

    @Override
    public void write(InputRow.Message row, Sentiment sentiment) throws IOException {
        JsonObject object = row.fields().toJson();
        object.remove(LABEL);
        object.remove(PROBABILITY);
        object.addProperty(LABEL, RowWriter.label(sentiment));
        object.addProperty(PROBABILITY, sentiment.bullishProbability());
        GSON.toJson(object, out);
        out.write('\n');
    }

    @Override
    public void finish(List<String> columns) throws IOException {
        out.flush();
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
