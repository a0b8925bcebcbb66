package com.marketmood.sentiment.core.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import ai.djl.Model;
import ai.djl.engine.Engine;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.ParameterStore;
import com.marketmood.sentiment.core.text.MessageEncoder.Encoded;
import com.marketmood.sentiment.core.text.TokenVocabulary;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SentimentNetworkTest {

    private static final TokenVocabulary WORDS = TokenVocabulary.of(List.of("a", "b", "c", "d"));
    private static final TokenVocabulary BIGRAMS = TokenVocabulary.of(List.of("<s> a", "a b"));

    @ParameterizedTest
    @ValueSource(strings = {"PyTorch", "MXNet"})
    void paddingDoesNotChangeAMessagesLogit(String engine) {
        System.setProperty("ai.djl.default_engine", engine);
        NetworkConfig config = new NetworkConfig(6, 4, 5, List.of(7, 3), 0f, 0f, true, false);
        try (Model model = Model.newInstance("t", engine);
                NDManager manager = Engine.getEngine(engine).newBaseManager()) {
            SentimentNetwork network = new SentimentNetwork(config, WORDS, BIGRAMS);
            model.setBlock(network);
            network.initialize(
                    model.getNDManager(), DataType.FLOAT32, new Shape(1, 3), new Shape(1, 3));
            ParameterStore store = new ParameterStore(manager, false);

            Encoded shortOne = new Encoded(new int[] {2, 3}, new int[] {2, 3});
            Encoded longOne =
                    new Encoded(new int[] {5, 4, 3, 2, 2, 5}, new int[] {1, 1, 1, 1, 2, 3});
            float alone =
                    network.forward(store, NetworkInput.of(manager, List.of(shortOne), true), false)
                            .head()
                            .toFloatArray()[0];
            NDList batch = NetworkInput.of(manager, List.of(longOne, shortOne), true);
            float[] padded = network.forward(store, batch, false).head().toFloatArray();

            assertEquals(new Shape(2, 6), batch.head().getShape());
            assertArrayEquals(new float[] {alone}, new float[] {padded[1]}, 1e-6f);
        }
    }

    @Test
    void vocabularyOfTheWrongSizeIsRefused() {
        NetworkConfig config = new NetworkConfig(7, 0, 5, List.of(4), 0f, 0f, false, false);
        IllegalArgumentException e =
                assertThrows(
                        IllegalArgumentException.class,
                        () -> new SentimentNetwork(config, WORDS, null));
        assertEquals(
                "The word vocabulary has 6 ids but the network configuration expects 7",
                e.getMessage());
    }
}
