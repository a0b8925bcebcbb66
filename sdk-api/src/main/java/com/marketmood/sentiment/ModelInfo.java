package com.marketmood.sentiment;

/**
 * Describes a loaded model.
 *
 * @param name the artifact name, or the folder name for a model loaded by path
 * @param version the artifact version, or {@code null} for a model loaded by path
 * @param engine the engine it runs on, for example {@code PyTorch}
 * @param device the device it runs on, for example {@code cpu()}
 * @param maxTokens the most tokens read from a message
 */
public record ModelInfo(String name, String version, String engine, String device, int maxTokens) {}
