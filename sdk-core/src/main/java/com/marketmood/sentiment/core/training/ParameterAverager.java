package com.marketmood.sentiment.core.training;

import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.util.Pair;
import java.util.ArrayList;
import java.util.List;

/**
 * Averages a network's parameters over snapshots taken during training (checkpoint averaging, in
 * the manner of stochastic weight averaging), and writes the average into a second network of the
 * same shape. The averaged network generalises better than any single snapshot when training
 * overfits within a few epochs, as it does on this data.
 */
final class ParameterAverager {

    private final List<float[]> sums = new ArrayList<>();
    private int count;

    /** Adds a snapshot of the network's current parameters. */
    void add(Block network) {
        List<Parameter> params = parameters(network);
        if (sums.isEmpty()) {
            for (Parameter p : params) {
                sums.add(new float[Math.toIntExact(p.getArray().size())]);
            }
        }
        for (int i = 0; i < params.size(); i++) {
            float[] value = params.get(i).getArray().toFloatArray();
            float[] sum = sums.get(i);
            for (int j = 0; j < sum.length; j++) {
                sum[j] += value[j];
            }
        }
        count++;
    }

    /** Writes the average of the snapshots so far into a network of the same shape. */
    void writeAverage(Block target) {
        if (count == 0) {
            throw new IllegalStateException("No snapshot to average");
        }
        List<Parameter> params = parameters(target);
        for (int i = 0; i < params.size(); i++) {
            float[] sum = sums.get(i);
            float[] mean = new float[sum.length];
            for (int j = 0; j < sum.length; j++) {
                mean[j] = sum[j] / count;
            }
            params.get(i).getArray().set(mean);
        }
    }

    int count() {
        return count;
    }

    private static List<Parameter> parameters(Block network) {
        List<Parameter> out = new ArrayList<>();
        for (Pair<String, Parameter> p : network.getParameters()) {
            out.add(p.getValue());
        }
        return out;
    }
}
