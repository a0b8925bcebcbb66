package com.marketmood.sentiment.core.testing;

import com.marketmood.sentiment.Label;
import com.marketmood.sentiment.core.data.StockTwitsData.Message;
import java.util.ArrayList;
import java.util.List;

/** A small labelled sample written for the tests; no row of the real data set. */
public final class SampleMessages {

    private static final String[] BULLISH = {
        "$SPY breaking out, calls printing",
        "loading up on calls, new highs coming",
        "bulls in control, buy the dip",
        "$SPY ripping higher, long and strong",
        "green day again, calls paying",
        "breakout confirmed, going long $QQQ",
        "bought more calls at $240, moon soon",
        "strong close, bullish into tomorrow",
        "higher highs and higher lows, buy",
        "@trader nice call, $SPY to new highs",
        "rally continues, long calls",
        "bullish flag, buying calls",
        "dip bought, ripping now",
        "all time high again, bulls win",
        "adding to my long position, strong",
        "calls up 50% today, bullish",
    };

    private static final String[] BEARISH = {
        "$SPY breaking down, puts printing",
        "loading up on puts, new lows coming",
        "bears in control, sell the rip",
        "$SPY dumping lower, short and weak",
        "red day again, puts paying",
        "breakdown confirmed, going short $QQQ",
        "bought more puts at $240, crash soon",
        "weak close, bearish into tomorrow",
        "lower highs and lower lows, sell",
        "@trader nice call, $SPY to new lows",
        "selloff continues, long puts",
        "bearish flag, buying puts",
        "rip sold, dumping now",
        "top is in, bears win",
        "adding to my short position, weak",
        "puts up 50% today, bearish",
    };

    private SampleMessages() {}

    /**
     * Returns the sample, bullish and bearish messages interleaved.
     *
     * @return 32 labelled messages
     */
    public static List<Message> all() {
        List<Message> out = new ArrayList<>();
        for (int i = 0; i < BULLISH.length; i++) {
            out.add(new Message(2 * i, BULLISH[i], Label.BULLISH));
            out.add(new Message(2 * i + 1, BEARISH[i], Label.BEARISH));
        }
        return out;
    }

    /**
     * Returns the texts of the sample.
     *
     * @return the raw messages
     */
    public static List<String> texts() {
        return all().stream().map(Message::text).toList();
    }
}
