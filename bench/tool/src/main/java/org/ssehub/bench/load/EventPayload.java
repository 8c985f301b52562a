package org.ssehub.bench.load;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The data of a benchmark event: {@code "<epoch> <System.nanoTime() at send> "} padded with {@code x} to
 * the requested size. Publisher and subscribers run in the same process, so the monotonic clock is shared.
 */
public final class EventPayload {

    private EventPayload() {
    }

    public static byte[] create(int epoch, long sentNanos, int size) {
        byte[] head = (epoch + " " + sentNanos + " ").getBytes(StandardCharsets.US_ASCII);
        byte[] data = Arrays.copyOf(head, Math.max(size, head.length));
        Arrays.fill(data, head.length, data.length, (byte) 'x');
        return data;
    }

    /**
     * Parses the two leading numbers of a data line; returns false when it is not a benchmark payload.
     * {@code out[0]} receives the epoch and {@code out[1]} the send time.
     */
    static boolean parse(byte[] line, int from, int to, long[] out) {
        int pos = from;
        for (int field = 0; field < 2; field++) {
            boolean negative = false;
            if (pos < to && line[pos] == '-') {
                negative = true;
                pos++;
            }
            long value = 0;
            int digits = 0;
            while (pos < to && line[pos] >= '0' && line[pos] <= '9') {
                value = value * 10 + (line[pos] - '0');
                pos++;
                digits++;
            }
            if (digits == 0 || digits > 19 || pos >= to || line[pos] != ' ') {
                return false;
            }
            pos++;
            out[field] = negative ? -value : value;
        }
        return true;
    }
}
