package com.marketmood.sentiment.core.nn;

import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import com.marketmood.sentiment.core.text.MessageEncoder.Encoded;
import java.util.ArrayList;
import java.util.List;

/**
 * The arrays a {@link SentimentEnsemble} reads, in order: word ids; bigram ids when a member reads
 * them; and, when a member reads messages backwards, the same again with each message's tokens
 * reversed. Every array is (batch, time) int32, padded on the right.
 *
 * @param bigrams whether the bigram ids are included
 * @param reversed whether the reversed copies are included
 */
public record InputLayout(boolean bigrams, boolean reversed) {

    /**
     * Returns the layout an ensemble of these members reads.
     *
     * @param members the members' configurations
     * @return the layout
     */
    public static InputLayout of(List<NetworkConfig> members) {
        return new InputLayout(
                members.stream().anyMatch(NetworkConfig::usesBigrams),
                members.stream().anyMatch(NetworkConfig::reversed));
    }

    /**
     * Creates the input arrays for a batch.
     *
     * @param manager the manager of the new arrays
     * @param messages the encoded messages, at least one
     * @return the arrays in this layout's order
     */
    public NDList create(NDManager manager, List<Encoded> messages) {
        NDList list = NetworkInput.of(manager, messages, bigrams);
        if (reversed) {
            List<Encoded> backwards = new ArrayList<>(messages.size());
            for (Encoded m : messages) {
                backwards.add(m.reversed());
            }
            list.addAll(NetworkInput.of(manager, backwards, bigrams));
        }
        return list;
    }

    /**
     * Picks out of the full input what one member reads, in the member's direction.
     *
     * @param inputs the arrays in this layout's order
     * @param member the member's configuration
     * @return word ids, then bigram ids when the member reads them
     */
    public NDList select(NDList inputs, NetworkConfig member) {
        int first = member.reversed() ? (bigrams ? 2 : 1) : 0;
        NDList out = new NDList(inputs.get(first));
        if (member.usesBigrams()) {
            out.add(inputs.get(first + 1));
        }
        return out;
    }

    /**
     * Returns the names of the arrays, in order.
     *
     * @return the names
     */
    public List<String> names() {
        List<String> names = new ArrayList<>(List.of("words"));
        if (bigrams) {
            names.add("bigrams");
        }
        if (reversed) {
            names.add("reversed_words");
            if (bigrams) {
                names.add("reversed_bigrams");
            }
        }
        return names;
    }

    /**
     * Returns example shapes of the arrays, for initialisation.
     *
     * @return one shape per array
     */
    public Shape[] shapes() {
        Shape[] shapes = new Shape[names().size()];
        java.util.Arrays.fill(shapes, new Shape(1, 4));
        return shapes;
    }
}
