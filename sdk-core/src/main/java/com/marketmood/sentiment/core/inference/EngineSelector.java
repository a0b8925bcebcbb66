package com.marketmood.sentiment.core.inference;

import ai.djl.Device;
import ai.djl.engine.Engine;
import com.marketmood.sentiment.EngineException;
import com.marketmood.sentiment.spi.EngineModule;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.ServiceLoader;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Chooses the engine and device a model runs on.
 *
 * <p>The engines present are the engine modules found with {@link ServiceLoader} ({@link
 * EngineModule}). A named engine must be one of them; with none named, the most preferred present
 * wins (PyTorch before MXNet). The chosen engine also becomes DJL's default engine, because some
 * DJL blocks create arrays on the default engine whatever engine their model uses.
 */
public final class EngineSelector {

    private static final Logger logger = LoggerFactory.getLogger(EngineSelector.class);

    /** The engines the SDK knows, by the names users type, with the module that brings each. */
    private static final List<String[]> KNOWN =
            List.of(
                    new String[] {"pytorch", "PyTorch", "com.marketmood:engine-pytorch"},
                    new String[] {"mxnet", "MXNet", "com.marketmood:engine-mxnet"});

    private EngineSelector() {}

    /**
     * Returns the engine modules on the class path, most preferred first.
     *
     * @return the modules found
     */
    public static List<EngineModule> presentModules() {
        List<EngineModule> modules = new ArrayList<>();
        for (EngineModule m : ServiceLoader.load(EngineModule.class)) {
            modules.add(m);
        }
        modules.sort(Comparator.comparingInt(EngineModule::preference));
        return modules;
    }

    /**
     * Returns the module of an engine that {@link #select(String)} chose.
     *
     * @param engineName DJL's name of the engine
     * @return its module
     * @throws IllegalStateException if no module of that engine is present
     */
    static EngineModule module(String engineName) {
        for (EngineModule m : presentModules()) {
            if (m.engineName().equals(engineName)) {
                return m;
            }
        }
        throw new IllegalStateException("No engine module for " + engineName);
    }

    /**
     * Chooses the engine and makes it DJL's default.
     *
     * @param requested the engine name a user asked for ({@code pytorch}, {@code mxnet}, in any
     *     case), or {@code null} to choose from the class path
     * @return DJL's name of the engine, loaded and ready
     * @throws EngineException if no engine module is present, the name is unknown, the named
     *     engine's module is absent, or the engine fails to load
     */
    public static String select(String requested) throws EngineException {
        return select(requested, presentModules());
    }

    static String select(String requested, List<EngineModule> present) throws EngineException {
        String chosen;
        if (requested == null || requested.isBlank()) {
            if (present.isEmpty()) {
                throw new EngineException(
                        "No engine module on the class path: add com.marketmood:engine-pytorch"
                                + " (or com.marketmood:engine-mxnet) as a dependency",
                        null);
            }
            chosen = present.get(0).engineName();
        } else {
            String[] known = known(requested);
            chosen = known[1];
            boolean isPresent = present.stream().anyMatch(m -> m.engineName().equals(chosen));
            if (!isPresent) {
                throw new EngineException(
                        "Engine "
                                + chosen
                                + " was asked for but its module is not on the class path (engines"
                                + " present: "
                                + names(present)
                                + "); add the dependency "
                                + known[2],
                        null);
            }
        }

        for (EngineModule m : present) {
            if (m.engineName().equals(chosen)) {
                m.beforeEngineLoad();
            }
        }
        Engine engine;
        try {
            engine = Engine.getEngine(chosen);
        } catch (RuntimeException | UnsatisfiedLinkError e) {
            throw new EngineException(
                    "Engine "
                            + chosen
                            + " is on the class path but failed to load: "
                            + e.getMessage()
                            + ". Check that its native library jar for this platform is present",
                    e);
        }
        System.setProperty("ai.djl.default_engine", engine.getEngineName());
        logger.debug("Engine {} {} chosen", engine.getEngineName(), engine.getVersion());
        return engine.getEngineName();
    }

    /**
     * Parses a device setting for an engine.
     *
     * @param device {@code auto}, {@code cpu}, {@code gpu} or {@code gpu:N}, in any case
     * @param engineName the engine, already selected
     * @return the device
     * @throws EngineException if a GPU is asked for and the engine does not see it
     * @throws IllegalArgumentException if the setting does not parse
     */
    public static Device device(String device, String engineName) throws EngineException {
        String d = device == null ? "auto" : device.strip().toLowerCase(Locale.ROOT);
        Engine engine = Engine.getEngine(engineName);
        if (d.equals("auto")) {
            return engine.getGpuCount() > 0 ? Device.gpu() : Device.cpu();
        }
        if (d.equals("cpu")) {
            return Device.cpu();
        }
        int index;
        if (d.equals("gpu")) {
            index = 0;
        } else if (d.startsWith("gpu:")) {
            try {
                index = Integer.parseInt(d.substring(4));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(badDevice(device), e);
            }
            if (index < 0) {
                throw new IllegalArgumentException(badDevice(device));
            }
        } else {
            throw new IllegalArgumentException(badDevice(device));
        }
        int gpus = engine.getGpuCount();
        if (index >= gpus) {
            throw new EngineException(
                    "GPU "
                            + index
                            + " was asked for but "
                            + engineName
                            + " sees "
                            + gpus
                            + " GPU(s). Use device 'cpu' or 'auto', or install the CUDA build of"
                            + " the engine (see the README)",
                    null);
        }
        return Device.gpu(index);
    }

    private static String badDevice(String device) {
        return "Unknown device '" + device + "': use auto, cpu, gpu or gpu:N";
    }

    private static String[] known(String requested) throws EngineException {
        String key = requested.strip().toLowerCase(Locale.ROOT);
        for (String[] k : KNOWN) {
            if (k[0].equals(key)) {
                return k;
            }
        }
        throw new EngineException(
                "Unknown engine '"
                        + requested
                        + "': choose pytorch or mxnet (present: "
                        + names(presentModules())
                        + ")",
                null);
    }

    private static String names(List<EngineModule> modules) {
        return modules.isEmpty()
                ? "none"
                : modules.stream().map(EngineModule::engineName).collect(Collectors.joining(", "));
    }
}
