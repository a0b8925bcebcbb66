package com.marketmood.sentiment.examples;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.Strictness;
import java.io.BufferedReader;
import java.io.IOException;

/** JSON Lines: each line is one JSON object holding the message in a string member. */
final class JsonLinesRowReader implements RowReader {

    /** Strict: single quotes, unquoted names or trailing text make a line invalid. */
    private static final Gson GSON = new GsonBuilder().setStrictness(Strictness.STRICT).create();

    private final BufferedReader in;
    private final String column;
    private long line;

    JsonLinesRowReader(BufferedReader in, String column) {
        this.in = in;
        this.column = column;
    }

    @Override
    public InputRow next() throws IOException {
        String text = in.readLine();
        if (text == null) {
            return null;
        }
        line++;
        if (text.isBlank()) {
            return new InputRow.Rejected(line, "blank line", null);
        }
        JsonElement element;
        try {
            element = GSON.fromJson(text, JsonElement.class);
        } catch (JsonParseException e) {
            return new InputRow.Rejected(line, "invalid JSON", RowReader.rootMessage(e));
        }
        if (element == null || !element.isJsonObject()) {
            return new InputRow.Rejected(line, "not a JSON object", null);
        }
        JsonObject object = element.getAsJsonObject();
        JsonElement value = object.get(column);
        if (value == null) {
            return new InputRow.Rejected(line, "no field '" + column + "'", null);
        }
        if (value.isJsonNull()) {
            return new InputRow.Rejected(line, "'" + column + "' is null", null);
        }
        if (!value.isJsonPrimitive() || !value.getAsJsonPrimitive().isString()) {
            return new InputRow.Rejected(line, "'" + column + "' is not a string", null);
        }
        return new InputRow.Message(line, value.getAsString(), new InputRow.JsonFields(object));
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
