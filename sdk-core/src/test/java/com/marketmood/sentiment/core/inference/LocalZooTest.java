package com.marketmood.sentiment.core.inference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.repository.zoo.Criteria;
import ai.djl.repository.zoo.ZooModel;
import com.marketmood.sentiment.ModelNotFoundException;
import com.marketmood.sentiment.Sentiment;
import com.marketmood.sentiment.SentimentModel;
import com.marketmood.sentiment.core.testing.TinyModel;
import com.marketmood.sentiment.zoo.SentimentZoo;
import com.marketmood.sentiment.zoo.ZooPublisher;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalZooTest {

    @TempDir Path zoo;

    private void publish(String version) throws Exception {
        ZooPublisher.publish(TinyModel.dir(), zoo, "tiny", version, "tiny test model", Map.of());
    }

    @Test
    void publishedVersionsLoadByNameNewestFirstOrByVersion() throws Exception {
        publish("0.1.0");
        publish("0.10.0");
        publish("0.2.0");
        assertEquals(List.of("0.10.0", "0.2.0", "0.1.0"), ZooPublisher.versions(zoo, "tiny"));

        try (SentimentModel m = SentimentModel.builder().optZoo(zoo).optModelName("tiny").load()) {
            assertEquals("0.10.0", m.info().version());
            assertEquals("tiny", m.info().name());
        }
        try (SentimentModel m =
                SentimentModel.builder()
                        .optZoo(zoo)
                        .optModelName("tiny")
                        .optVersion("0.1.0")
                        .load()) {
            assertEquals("0.1.0", m.info().version());
            m.predict("calls");
        }
    }

    @Test
    void anUnknownNameOrVersionIsNotFoundAndListsWhatThereIs() throws Exception {
        publish("1.0.0");
        ModelNotFoundException e =
                assertThrows(
                        ModelNotFoundException.class,
                        () ->
                                SentimentModel.builder()
                                        .optZoo(zoo)
                                        .optModelName("tiny")
                                        .optVersion("2.0.0")
                                        .load());
        assertTrue(e.getMessage().contains("versions: [1.0.0]"), e.getMessage());
        assertThrows(
                ModelNotFoundException.class,
                () -> SentimentModel.builder().optZoo(zoo).optModelName("nope").load());
    }

    @Test
    void aVersionIsPublishedOnce() throws Exception {
        publish("0.1.0");
        assertThrows(FileAlreadyExistsException.class, () -> publish("0.1.0"));
    }

    @Test
    void djlsOwnCriteriaLoadsAZooModel() throws Exception {
        publish("0.3.0");
        String previous = System.getProperty(SentimentZoo.ZOO_PROPERTY);
        System.setProperty(SentimentZoo.ZOO_PROPERTY, zoo.toString());
        try {
            Criteria<String, Sentiment> criteria =
                    Criteria.builder()
                            .setTypes(String.class, Sentiment.class)
                            .optApplication(SentimentZoo.APPLICATION)
                            .optGroupId(SentimentZoo.GROUP_ID)
                            .optArtifactId("tiny")
                            .optEngine("PyTorch")
                            .build();
            try (ZooModel<String, Sentiment> model = criteria.loadModel();
                    var predictor = model.newPredictor()) {
                Sentiment s = predictor.predict("$SPY breaking out, calls printing");
                assertTrue(s.bullishProbability() >= 0 && s.bullishProbability() <= 1);
            }
        } finally {
            if (previous == null) {
                System.clearProperty(SentimentZoo.ZOO_PROPERTY);
            } else {
                System.setProperty(SentimentZoo.ZOO_PROPERTY, previous);
            }
        }
    }
}
