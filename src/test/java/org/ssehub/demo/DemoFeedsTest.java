package org.ssehub.demo;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Feeds share nothing: one run alongside another on a second thread (as the server's scheduler runs
 * them) gives exactly what it gives alone. With one random shared by all generators, as before,
 * each one's values depended on the others' timing, and the random itself was used by two threads.
 */
class DemoFeedsTest {

    private static <T> List<T> take(Supplier<T> feed, int count) {
        List<T> values = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            values.add(feed.get());
        }
        return values;
    }

    private static List<Double> prices(List<Payloads.Stock> stocks) {
        return stocks.stream().map(stock -> stock.price).toList();
    }

    @Test
    void aFeedRunAlongsideAnotherGivesWhatItGivesAlone() throws InterruptedException {
        List<Double> alone = prices(take(DemoFeeds.stock(new SplittableRandom(7).split()), 20_000));

        SplittableRandom shared = new SplittableRandom(7);
        Supplier<Payloads.Stock> stock = DemoFeeds.stock(shared.split());
        Supplier<Payloads.Location> location = DemoFeeds.location(shared.split());
        Supplier<Payloads.Score> score = DemoFeeds.score(shared.split());
        Thread other = new Thread(() -> {
            take(location, 20_000);
            take(score, 20_000);
        });
        other.start();
        List<Double> alongside = prices(take(stock, 20_000));
        other.join();

        assertEquals(alone, alongside);
    }

    @Test
    void progressCyclesAndHeadlinesCount() {
        assertEquals(List.of(0, 20, 40, 60, 80, 100, 0),
                take(DemoFeeds.progress(), 7).stream().map(p -> p.percent).toList());
        assertEquals("News 2", take(DemoFeeds.headlines(), 2).get(1).title);
    }
}
