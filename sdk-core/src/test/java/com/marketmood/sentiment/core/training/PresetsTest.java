package com.marketmood.sentiment.core.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PresetsTest {

    @TempDir Path tmp;

    @Test
    void thePresetsLoad() {
        for (String name : Presets.names()) {
            TrainingConfig c = Presets.get(name);
            assertEquals(name, c.preset());
            assertTrue(c.members().size() >= 1);
        }
        TrainingConfig tutorial = Presets.get("TUTORIAL");
        assertEquals(300, tutorial.members().get(0).embeddingSize());
        assertEquals(List.of(128, 64), tutorial.members().get(0).lstmSizes());
        assertEquals(0.5f, tutorial.members().get(0).dropout());
    }

    @Test
    void overridesReachTopLevelAndMemberSettings() {
        TrainingConfig c =
                Presets.withOverrides(
                        Presets.get(Presets.DEFAULT),
                        List.of(
                                "maxEpochs=3",
                                "members.1.lstmSizes=32,16",
                                "members.0.maxPool=false"));
        assertEquals(3, c.maxEpochs());
        assertEquals(List.of(32, 16), c.members().get(1).lstmSizes());
        assertEquals(false, c.members().get(0).maxPool());
    }

    @Test
    void badOverridesSayWhatIsWrong() {
        TrainingConfig d = Presets.get(Presets.DEFAULT);
        IllegalArgumentException unknown =
                assertThrows(
                        IllegalArgumentException.class,
                        () -> Presets.withOverrides(d, List.of("members.7.embeddingSize=3")));
        assertTrue(unknown.getMessage().startsWith("Unknown setting 'members.7.embeddingSize'"));
        IllegalArgumentException number =
                assertThrows(
                        IllegalArgumentException.class,
                        () -> Presets.withOverrides(d, List.of("batchSize=lots")));
        assertEquals("Setting batchSize: 'lots' is not a number", number.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Presets.withOverrides(d, List.of("x")));
        assertThrows(IllegalArgumentException.class, () -> Presets.get("turbo"));
    }

    @Test
    void aJsonFileIsAPreset() throws Exception {
        Path file = tmp.resolve("mine.json");
        String json =
                Files.readString(
                        Path.of(Presets.class.getResource("presets/default.json").toURI()));
        Files.writeString(file, json.replace("\"default\"", "\"mine\""));
        assertEquals("mine", Presets.get(file.toString()).preset());
    }
}
