package com.marketmood.sentiment.examples;

import java.util.Locale;

/** Maps the engine names users type to DJL's names. */
final class Engines {

    private Engines() {}

    static String djlName(String name) {
        switch (name.toLowerCase(Locale.ROOT)) {
            case "pytorch":
            case "pt":
                return "PyTorch";
            case "mxnet":
            case "mx":
                return "MXNet";
            default:
                throw new IllegalArgumentException(
                        "Unknown engine '" + name + "': choose pytorch or mxnet");
        }
    }

    /** Sets the thread count an engine reads when it starts; call before the engine loads. */
    static void setThreads(int threads) {
        if (threads > 0) {
            System.setProperty("ai.djl.pytorch.num_threads", Integer.toString(threads));
            System.setProperty("ai.djl.pytorch.num_interop_threads", "1");
        }
    }
}
