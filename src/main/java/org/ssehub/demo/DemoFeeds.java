package org.ssehub.demo;

import java.util.SplittableRandom;
import java.util.function.Supplier;

/**
 * The demo generators' payloads, one feed each. A feed keeps its own state and its own random (a
 * {@link SplittableRandom} is not thread-safe), and is called only by its own periodic task, which
 * never overlaps itself; so feeds that the server's scheduler runs at once (TomEE lends two threads)
 * share nothing.
 */
final class DemoFeeds {

    private DemoFeeds() {
    }

    static Supplier<Payloads.Stock> stock(SplittableRandom random) {
        double[] price = {123.45};
        return () -> {
            price[0] = Math.max(1, price[0] + random.nextDouble(-0.5, 0.5));
            return new Payloads.Stock("ACME", Math.round(price[0] * 100) / 100.0);
        };
    }

    static Supplier<Payloads.Score> score(SplittableRandom random) {
        int[] state = new int[3]; // home, away, updates
        return () -> {
            if (state[2]++ % 12 == 0) {
                state[0] = 0;
                state[1] = 0;
            } else if (random.nextInt(3) == 0) {
                state[0]++;
            } else if (random.nextInt(3) == 0) {
                state[1]++;
            }
            return new Payloads.Score(state[0], state[1]);
        };
    }

    static Supplier<Payloads.Location> location(SplittableRandom random) {
        double[] position = {31.23, 121.47};
        return () -> {
            position[0] += random.nextDouble(-0.005, 0.005);
            position[1] += random.nextDouble(-0.005, 0.005);
            return new Payloads.Location(Math.round(position[0] * 1e5) / 1e5, Math.round(position[1] * 1e5) / 1e5);
        };
    }

    static Supplier<Payloads.Progress> progress() {
        int[] percent = {0};
        return () -> {
            Payloads.Progress progress = new Payloads.Progress(percent[0]);
            percent[0] = percent[0] >= 100 ? 0 : percent[0] + 20;
            return progress;
        };
    }

    static Supplier<Payloads.Headline> headlines() {
        int[] count = {0};
        return () -> new Payloads.Headline("News " + (++count[0]));
    }
}
