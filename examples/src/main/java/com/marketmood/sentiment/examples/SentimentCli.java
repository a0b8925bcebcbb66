package com.marketmood.sentiment.examples;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The command-line entry point: {@code train}, {@code predict}, {@code explain}, {@code evaluate},
 * {@code score} and {@code aggregate}.
 */
@Command(
        name = "sentiment",
        mixinStandardHelpOptions = true,
        description = "StockTwits bullish/bearish sentiment on Deep Java Library.",
        subcommands = {
            TrainCommand.class,
            PredictCommand.class,
            ExplainCommand.class,
            EvaluateCommand.class,
            ScoreCommand.class,
            AggregateCommand.class
        })
public final class SentimentCli {

    SentimentCli() {}

    /**
     * Runs a command.
     *
     * @param args the command line
     */
    public static void main(String[] args) {
        System.exit(new CommandLine(new SentimentCli()).execute(args));
    }
}
