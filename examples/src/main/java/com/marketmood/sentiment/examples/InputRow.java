package com.marketmood.sentiment.examples;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.List;

/** One row read by the score command: a message to score, or a row it could not read. */
sealed interface InputRow {

    /** The line of the input where the row starts, from 1. */
    long line();

    /**
     * A row holding a message.
     *
     * @param line where the row starts
     * @param text the message to score
     * @param fields every field of the row, the message included, for the output
     */
    record Message(long line, String text, Fields fields) implements InputRow {}

    /**
     * A row that cannot be scored.
     *
     * @param line where the row starts
     * @param reason the kind of fault, used to group rows in the summary
     * @param detail what exactly was wrong with this row, or null
     */
    record Rejected(long line, String reason, String detail) implements InputRow {}

    /** The fields of a row, in input order, readable as CSV cells or as a JSON object. */
    sealed interface Fields {

        /** The field names in input order. */
        List<String> names();

        /**
         * The values of the named fields as text; a field the row lacks, or a JSON null, is empty.
         */
        List<String> values(List<String> names);

        /** The fields as a JSON object (the row's own, for JSON rows); cells become strings. */
        JsonObject toJson();
    }

    /** The cells of a CSV or plain-text row under the input's header. */
    record Cells(List<String> names, List<String> cells) implements Fields {

        @Override
        public List<String> values(List<String> wanted) {
            if (wanted.equals(names)) {
                return cells;
            }
            List<String> out = new ArrayList<>(wanted.size());
            for (String name : wanted) {
                int i = names.indexOf(name);
                out.add(i < 0 ? "" : cells.get(i));
            }
            return out;
        }

        @Override
        public JsonObject toJson() {
            JsonObject object = new JsonObject();
            for (int i = 0; i < names.size(); i++) {
                object.addProperty(names.get(i), cells.get(i));
            }
            return object;
        }
    }

    /** The members of a JSON Lines row. */
    record JsonFields(JsonObject object) implements Fields {

        @Override
        public List<String> names() {
            return new ArrayList<>(object.keySet());
        }

        @Override
        public List<String> values(List<String> wanted) {
            List<String> out = new ArrayList<>(wanted.size());
            for (String name : wanted) {
                out.add(text(object.get(name)));
            }
            return out;
        }

        @Override
        public JsonObject toJson() {
            return object;
        }

        private static String text(JsonElement value) {
            if (value == null || value.isJsonNull()) {
                return "";
            }
            if (value.isJsonPrimitive() && value.getAsJsonPrimitive().isString()) {
                return value.getAsString();
            }
            return value.toString();
        }
    }
}
