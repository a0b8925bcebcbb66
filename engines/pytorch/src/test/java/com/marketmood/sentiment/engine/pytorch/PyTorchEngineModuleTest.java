package com.marketmood.sentiment.engine.pytorch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PyTorchEngineModuleTest {

    private String threads;
    private String interop;

    @BeforeEach
    void saveProperties() {
        threads = System.getProperty(PyTorchEngineModule.THREADS);
        interop = System.getProperty(PyTorchEngineModule.INTEROP_THREADS);
    }

    @AfterEach
    void restoreProperties() {
        restore(PyTorchEngineModule.THREADS, threads);
        restore(PyTorchEngineModule.INTEROP_THREADS, interop);
    }

    @Test
    void threadCountsDefaultToOneWhenUnset() {
        System.clearProperty(PyTorchEngineModule.THREADS);
        System.clearProperty(PyTorchEngineModule.INTEROP_THREADS);
        PyTorchEngineModule.beforeEngineLoad(null);
        assertEquals("1", System.getProperty(PyTorchEngineModule.THREADS));
        assertEquals("1", System.getProperty(PyTorchEngineModule.INTEROP_THREADS));
    }

    @Test
    void ompNumThreadsLeavesTheIntraOpCountToPyTorch() {
        System.clearProperty(PyTorchEngineModule.THREADS);
        System.clearProperty(PyTorchEngineModule.INTEROP_THREADS);
        PyTorchEngineModule.beforeEngineLoad("4");
        assertNull(System.getProperty(PyTorchEngineModule.THREADS));
        assertEquals("1", System.getProperty(PyTorchEngineModule.INTEROP_THREADS));
    }

    @Test
    void aUsersThreadCountsAreKept() {
        System.setProperty(PyTorchEngineModule.THREADS, "3");
        System.setProperty(PyTorchEngineModule.INTEROP_THREADS, "2");
        new PyTorchEngineModule().beforeEngineLoad();
        assertEquals("3", System.getProperty(PyTorchEngineModule.THREADS));
        assertEquals("2", System.getProperty(PyTorchEngineModule.INTEROP_THREADS));
    }

    private static void restore(String property, String value) {
        if (value == null) {
            System.clearProperty(property);
        } else {
            System.setProperty(property, value);
        }
    }

    @Test
    void batchThreadsShareTheProcessorsWithTheIntraOpThreads() {
        assertEquals(2, PyTorchEngineModule.defaultBatchThreads(2, "1", null));
        assertEquals(8, PyTorchEngineModule.defaultBatchThreads(8, null, null));
        assertEquals(2, PyTorchEngineModule.defaultBatchThreads(8, "4", "1"));
        assertEquals(4, PyTorchEngineModule.defaultBatchThreads(8, null, "2"));
        assertEquals(1, PyTorchEngineModule.defaultBatchThreads(2, "4", null));
        assertEquals(2, PyTorchEngineModule.defaultBatchThreads(2, "x", " "));
    }
}
