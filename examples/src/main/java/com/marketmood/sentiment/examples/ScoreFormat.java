package com.marketmood.sentiment.examples;

import java.util.Locale;

/** The file formats of the score command. */
enum ScoreFormat {
    /** Comma-separated values with a header row. */
    CSV,
    /** One JSON object per line. */
    JSONL,
    /** One message per line, no header; input only. */
    TEXT;

    /**
     * Reads a format name as typed on the command line.
     *
     * @throws IllegalArgumentException if the name is none of csv, jsonl (or json) and text
     */
    static ScoreFormat parse(String name) {
        switch (name.toLowerCase(Locale.ROOT)) {
            case "csv":
                return CSV;
            case "jsonl":
            case "json":
            case "ndjson":
                return JSONL;
            case "text":
            case "txt":
                return TEXT;
            default:
                throw new IllegalArgumentException(
                        "Unknown format '" + name + "': choose csv, jsonl or text");
        }
    }

    /**
     * Guesses the format from a file name's extension, ignoring a final {@code .gz}.
     *
     * @param fileName the name, or {@code -} for standard input or output
     * @param otherwise the format when the extension says nothing
     * @return the format
     */
    static ScoreFormat fromFileName(String fileName, ScoreFormat otherwise) {
        String name = stripGzip(fileName.toLowerCase(Locale.ROOT));
        if (name.endsWith(".csv")) {
            return CSV;
        }
        if (name.endsWith(".jsonl") || name.endsWith(".ndjson") || name.endsWith(".json")) {
            return JSONL;
        }
        if (name.endsWith(".txt")) {
            return TEXT;
        }
        return otherwise;
    }

    static boolean isGzip(String fileName) {
        return fileName.toLowerCase(Locale.ROOT).endsWith(".gz");
    }

    private static String stripGzip(String name) {
        return isGzip(name) ? name.substring(0, name.length() - 3) : name;
    }
}
