package org.ssehub.bench.load;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The data of a benchmark event: {@code "<epoch> <System.nanoTime() at send> "}, for a numbered publisher
 * followed by {@code "<sequence> "}, padded with {@code x} to the requested size. Publisher and subscribers
 * run in the same process, so the monotonic clock is shared; the sequence lets each subscriber count the
 * events it missed or got twice ({@link LossCounter}).
 */
public final class EventPayload {

    private EventPayload() {
    }

    public static byte[] create(int epoch, long sentNanos, int size) {
        return create(epoch, sentNanos, -1, size);
    }

    /** {@code sequence < 0}: not numbered. */
    public static byte[] create(int epoch, long sentNanos, long sequence, int size) {
        String text = epoch + " " + sentNanos + " " + (sequence < 0 ? "" : sequence + " ");
        byte[] head = text.getBytes(StandardCharsets.US_ASCII);
        byte[] data = Arrays.copyOf(head, Math.max(size, head.length));
        Arrays.fill(data, head.length, data.length, (byte) 'x');
        return data;
    }

    /**
     * Parses the leading numbers of a data line; returns false when it is not a benchmark payload.
     * {@code out[0]} receives the epoch, {@code out[1]} the send time and {@code out[2]} the sequence (-1
     * when the event is not numbered).
     */
    static boolean parse(byte[] line, int from, int to, long[] out) {
        out[2] = -1;
        int pos = from;
        for (int field = 0; field < 3; field++) {
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
                return field == 2;
            }
            pos++;
            out[field] = negative ? -value : value;
        }
        return true;
    }
}
