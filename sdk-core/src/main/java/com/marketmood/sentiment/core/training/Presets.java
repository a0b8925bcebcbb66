package com.marketmood.sentiment.core.training;

import ai.djl.util.JsonUtils;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonPrimitive;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The named training configurations, kept as JSON resources ({@code presets/<name>.json} beside
 * this class) so that each reads as a table of settings, and overrides of single settings.
 */
public final class Presets {

    /** The default preset, tuned on the validation split. */
    public static final String DEFAULT = "default";

    /**
     * The tutorial's setup: all words, embedding 300, LSTM 128 then 64, keep probability 0.5, Adam
     * at 1e-3, last step only.
     */
    public static final String TUTORIAL = "tutorial";

    /**
     * The default preset's first member alone (words and bigrams, read forwards): a third of the
     * default's work per message and two LSTM calls instead of six, for single predictions under
     * 0.25 ms, at 0.77 accuracy instead of 0.78.
     */
    public static final String FAST = "fast";

    private static final List<String> NAMES = List.of(DEFAULT, FAST, TUTORIAL);
    private static final List<String> MEMBER_SETTINGS =
            List.of(
                    "bigrams",
                    "embeddingSize",
                    "lstmSizes",
                    "embeddingDropout",
                    "dropout",
                    "maxPool",
                    "reversed");

    private Presets() {}

    /**
     * Returns a preset by name, or reads a configuration file in the presets' JSON form.
     *
     * @param name the preset's name, in any case, or the path of a {@code .json} file
     * @return the configuration
     * @throws IllegalArgumentException if there is no such preset or file, or the file is not a
     *     configuration; the message lists the presets
     */
    public static TrainingConfig get(String name) {
        if (name != null && name.endsWith(".json")) {
            Path file = Path.of(name);
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                return JsonUtils.GSON.fromJson(reader, TrainingConfig.class);
            } catch (IOException | JsonParseException e) {
                throw new IllegalArgumentException(
                        "Cannot read the training configuration " + file + ": " + e.getMessage(),
                        e);
            }
        }
        String key = name == null ? "" : name.toLowerCase(Locale.ROOT);
        if (!NAMES.contains(key)) {
            throw new IllegalArgumentException(
                    "Unknown preset '"
                            + name
                            + "'; choose one of "
                            + NAMES
                            + " or give a .json file");
        }
        try (InputStream in = Presets.class.getResourceAsStream("presets/" + key + ".json")) {
            if (in == null) {
                throw new IllegalStateException("The preset resource " + key + " is missing");
            }
            Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
            return JsonUtils.GSON.fromJson(reader, TrainingConfig.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Returns the names of the presets.
     *
     * @return the names
     */
    public static List<String> names() {
        return NAMES;
    }

    /**
     * Returns a configuration with some settings changed.
     *
     * @param config the configuration to start from
     * @param overrides settings as {@code name=value}, for example {@code maxEpochs=3}, {@code
     *     members.0.embeddingSize=64} or {@code members.1.lstmSizes=128,64}
     * @return the changed configuration
     * @throws IllegalArgumentException if a setting is unknown or its value does not parse; the
     *     message lists the settings
     */
    public static TrainingConfig withOverrides(TrainingConfig config, List<String> overrides) {
        JsonObject json = JsonUtils.GSON.toJsonTree(config).getAsJsonObject();
        for (String override : overrides) {
            int eq = override.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException(
                        "A setting is NAME=VALUE, got '" + override + "'");
            }
            String name = override.substring(0, eq).strip();
            String value = override.substring(eq + 1).strip();
            set(json, name, value);
        }
        try {
            return JsonUtils.GSON.fromJson(json, TrainingConfig.class);
        } catch (JsonParseException e) {
            throw new IllegalArgumentException("Invalid settings: " + e.getMessage(), e);
        }
    }

    /** Sets a setting by its dotted path, such as {@code members.1.embeddingSize}. */
    private static void set(JsonObject root, String path, String value) {
        String[] parts = path.split("\\.");
        JsonElement parent = root;
        for (int i = 0; i < parts.length - 1; i++) {
            parent = child(parent, parts[i], path, root);
        }
        String last = parts[parts.length - 1];
        JsonElement current = child(parent, last, path, root);
        JsonElement parsed;
        try {
            parsed = parse(current, value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(
                    "Setting " + path + ": '" + value + "' is not a number", e);
        }
        if (parent.isJsonArray()) {
            parent.getAsJsonArray().set(Integer.parseInt(last), parsed);
        } else {
            parent.getAsJsonObject().add(last, parsed);
        }
    }

    private static JsonElement child(JsonElement parent, String key, String path, JsonObject root) {
        JsonElement child = null;
        if (parent.isJsonObject()) {
            child = parent.getAsJsonObject().get(key);
        } else if (parent.isJsonArray() && key.matches("[0-9]+")) {
            int index = Integer.parseInt(key);
            if (index < parent.getAsJsonArray().size()) {
                child = parent.getAsJsonArray().get(index);
            }
        }
        if (child == null) {
            throw new IllegalArgumentException(
                    "Unknown setting '"
                            + path
                            + "'; settings: "
                            + root.keySet()
                            + ", and members.N.<"
                            + String.join("|", MEMBER_SETTINGS)
                            + ">");
        }
        return child;
    }

    private static JsonElement parse(JsonElement current, String value) {
        if (current.isJsonArray()) {
            JsonArray array = new JsonArray();
            for (String part : value.split(",")) {
                array.add(Integer.parseInt(part.strip()));
            }
            return array;
        }
        JsonPrimitive p = current.getAsJsonPrimitive();
        if (p.isBoolean()) {
            return new JsonPrimitive(Boolean.parseBoolean(value));
        }
        if (p.isNumber()) {
            return new JsonPrimitive(Double.parseDouble(value));
        }
        return new JsonPrimitive(value);
    }
}
