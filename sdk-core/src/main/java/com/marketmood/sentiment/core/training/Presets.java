package com.marketmood.sentiment.core.training;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** The named training configurations. */
public final class Presets {

    /** The default preset, tuned on the validation split. */
    public static final String DEFAULT = "default";

    /**
     * The tutorial's setup: all words, embedding 300, LSTM 128 then 64, keep probability 0.5, Adam
     * at 1e-3, last step only.
     */
    public static final String TUTORIAL = "tutorial";

    private static final Map<String, TrainingConfig> PRESETS = new TreeMap<>();

    static {
        PRESETS.put(
                DEFAULT,
                new TrainingConfig(
                        DEFAULT,
                        2,
                        3,
                        64,
                        128,
                        List.of(128, 64),
                        0.4f,
                        0.5f,
                        true,
                        128,
                        2e-3f,
                        0.7f,
                        0f,
                        8,
                        2,
                        42));
        PRESETS.put(
                TUTORIAL,
                new TrainingConfig(
                        TUTORIAL,
                        1,
                        0,
                        64,
                        300,
                        List.of(128, 64),
                        0f,
                        0.5f,
                        false,
                        256,
                        1e-3f,
                        1f,
                        0f,
                        8,
                        2,
                        42));
    }

    private Presets() {}

    /**
     * Returns a preset by name.
     *
     * @param name the preset's name, in any case
     * @return the preset
     * @throws IllegalArgumentException if there is no such preset; the message lists them
     */
    public static TrainingConfig get(String name) {
        TrainingConfig config = PRESETS.get(name == null ? "" : name.toLowerCase(Locale.ROOT));
        if (config == null) {
            throw new IllegalArgumentException(
                    "Unknown preset '" + name + "'; choose one of " + PRESETS.keySet());
        }
        return config;
    }

    /**
     * Returns the names of the presets.
     *
     * @return the names, sorted
     */
    public static List<String> names() {
        return List.copyOf(PRESETS.keySet());
    }
}
