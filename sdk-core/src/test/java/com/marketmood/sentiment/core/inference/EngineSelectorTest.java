package com.marketmood.sentiment.core.inference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.Device;
import ai.djl.engine.Engine;
import com.marketmood.sentiment.EngineException;
import com.marketmood.sentiment.spi.EngineModule;
import java.util.List;
import org.junit.jupiter.api.Test;

class EngineSelectorTest {

    private static EngineModule module(String name, String artifact, int preference) {
        return new EngineModule() {
            @Override
            public String engineName() {
                return name;
            }

            @Override
            public String artifact() {
                return artifact;
            }

            @Override
            public int preference() {
                return preference;
            }
        };
    }

    private static final EngineModule PYTORCH =
            module("PyTorch", "com.marketmood:engine-pytorch", 0);
    private static final EngineModule MXNET = module("MXNet", "com.marketmood:engine-mxnet", 1);

    @Test
    void bothEngineModulesAreFoundOnTheTestClassPath() {
        List<String> names =
                EngineSelector.presentModules().stream().map(EngineModule::engineName).toList();
        assertEquals(List.of("PyTorch", "MXNet"), names);
    }

    @Test
    void withBothPresentPyTorchIsChosenAndBecomesTheDefaultEngine() throws Exception {
        assertEquals("PyTorch", EngineSelector.select(null, List.of(PYTORCH, MXNET)));
        assertEquals("PyTorch", Engine.getInstance().getEngineName());
    }

    @Test
    void withOnlyMxNetPresentMxNetIsChosen() throws Exception {
        assertEquals("MXNet", EngineSelector.select(null, List.of(MXNET)));
        assertEquals("MXNet", Engine.getInstance().getEngineName());
        EngineSelector.select("pytorch", List.of(PYTORCH, MXNET));
    }

    @Test
    void aNamedEngineIsChosenInAnyCase() throws Exception {
        assertEquals("MXNet", EngineSelector.select(" MXNET ", List.of(PYTORCH, MXNET)));
        assertEquals("PyTorch", EngineSelector.select("PyTorch", List.of(PYTORCH, MXNET)));
    }

    @Test
    void noEngineModuleIsAClearError() {
        EngineException e =
                assertThrows(EngineException.class, () -> EngineSelector.select(null, List.of()));
        assertTrue(e.getMessage().contains("com.marketmood:engine-pytorch"), e.getMessage());
    }

    @Test
    void aNamedEngineWhoseModuleIsAbsentNamesTheModuleToAdd() {
        EngineException e =
                assertThrows(
                        EngineException.class,
                        () -> EngineSelector.select("mxnet", List.of(PYTORCH)));
        assertEquals(
                "Engine MXNet was asked for but its module is not on the class path (engines"
                        + " present: PyTorch); add the dependency com.marketmood:engine-mxnet",
                e.getMessage());
    }

    @Test
    void anUnknownEngineNameListsTheChoices() {
        EngineException e =
                assertThrows(
                        EngineException.class,
                        () -> EngineSelector.select("tensorflow", List.of(PYTORCH)));
        assertTrue(
                e.getMessage().startsWith("Unknown engine 'tensorflow': choose pytorch or mxnet"));
    }

    @Test
    void devicesParse() throws Exception {
        assertEquals(Device.cpu(), EngineSelector.device("cpu", "PyTorch"));
        assertEquals(Device.cpu(), EngineSelector.device("CPU", "MXNet"));
        Device auto = EngineSelector.device("auto", "PyTorch");
        int gpus = Engine.getEngine("PyTorch").getGpuCount();
        assertEquals(gpus > 0 ? Device.gpu() : Device.cpu(), auto);
        assertThrows(IllegalArgumentException.class, () -> EngineSelector.device("tpu", "PyTorch"));
        assertThrows(
                IllegalArgumentException.class, () -> EngineSelector.device("gpu:x", "PyTorch"));
        assertThrows(
                IllegalArgumentException.class, () -> EngineSelector.device("gpu:-1", "PyTorch"));
    }

    @Test
    void aMissingGpuIsAnErrorNotAFallBackToCpu() {
        int gpus = Engine.getEngine("PyTorch").getGpuCount();
        EngineException e =
                assertThrows(
                        EngineException.class,
                        () -> EngineSelector.device("gpu:" + gpus, "PyTorch"));
        assertTrue(
                e.getMessage()
                        .startsWith("GPU " + gpus + " was asked for but PyTorch sees " + gpus),
                e.getMessage());
    }
}
