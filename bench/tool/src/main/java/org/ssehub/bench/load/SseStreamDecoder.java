package org.ssehub.bench.load;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Incremental decoder of one SSE response: the HTTP/1.1 status line and headers, the chunked transfer
 * coding when present, then SSE lines (CR, LF or CRLF) and frames. Only the start of each line is kept:
 * enough to recognise the field and read the payload's epoch and send time.
 */
final class SseStreamDecoder {

    /** What the decoder reports. */
    interface Listener {
        void headers(int status);

        void event(int epoch, long sentNanos, long sequence);

        void foreignEvent();

        void comment();
    }

    private static final int LINE_CAP = 64;
    private static final int MAX_HEAD = 16 * 1024;
    private static final byte[] DATA = "data:".getBytes(StandardCharsets.US_ASCII);

    private enum Body { HEAD, CHUNK_SIZE, CHUNK_EXT, CHUNK_SIZE_LF, CHUNK_DATA, CHUNK_DATA_CR, CHUNK_DATA_LF, RAW, DONE }

    private final Listener listener;
    private StringBuilder head = new StringBuilder(256);
    private Body state = Body.HEAD;
    private long chunkRemaining;

    private final byte[] line = new byte[LINE_CAP];
    private int lineLength;
    private boolean afterCr;
    private boolean eventHasData;
    private boolean eventIsOurs;
    private int eventEpoch;
    private long eventSent;
    private long eventSequence;
    private final long[] parsed = new long[3];

    SseStreamDecoder(Listener listener) {
        this.listener = listener;
    }

    /** Consumes every remaining byte of {@code buf}; returns false when the response is unusable or over. */
    boolean feed(ByteBuffer buf) {
        boolean more;
        if (buf.hasArray()) {
            more = feed(buf.array(), buf.arrayOffset() + buf.position(), buf.remaining());
        } else {
            byte[] copy = new byte[buf.remaining()];
            buf.duplicate().get(copy);
            more = feed(copy, 0, copy.length);
        }
        buf.position(buf.limit());
        return more;
    }

    /** Consumes {@code length} bytes of {@code bytes} from {@code offset}; false when the response is unusable or over. */
    boolean feed(byte[] bytes, int offset, int length) {
        int i = offset;
        int end = offset + length;
        while (i < end) {
            switch (state) {
                case HEAD -> {
                    if (!head(bytes[i++])) {
                        return false;
                    }
                }
                case RAW -> {
                    sse(bytes, i, end);
                    i = end;
                }
                case CHUNK_SIZE -> chunkSize(bytes[i++]);
                case CHUNK_EXT, CHUNK_SIZE_LF -> {
                    if (bytes[i++] == '\n') {
                        chunkSizeDone();
                    }
                }
                case CHUNK_DATA -> {
                    int n = (int) Math.min(chunkRemaining, end - i);
                    sse(bytes, i, i + n);
                    i += n;
                    chunkRemaining -= n;
                    if (chunkRemaining == 0) {
                        state = Body.CHUNK_DATA_CR;
                    }
                }
                case CHUNK_DATA_CR -> state = bytes[i++] == '\r' ? Body.CHUNK_DATA_LF : Body.CHUNK_SIZE;
                case CHUNK_DATA_LF -> {
                    i++;
                    state = Body.CHUNK_SIZE;
                }
                case DONE -> {
                    return false;
                }
            }
        }
        return true;
    }

    private boolean head(byte b) {
        head.append((char) (b & 0xff));
        int n = head.length();
        if (n >= 4 && head.charAt(n - 1) == '\n' && head.charAt(n - 2) == '\r' && head.charAt(n - 3) == '\n') {
            String text = head.toString();
            head = null;
            int status = parseStatus(text);
            listener.headers(status);
            if (status != 200) {
                state = Body.DONE;
                return false;
            }
            state = text.toLowerCase(Locale.ROOT).contains("transfer-encoding: chunked") ? Body.CHUNK_SIZE : Body.RAW;
            return true;
        }
        return n < MAX_HEAD;
    }

    private static int parseStatus(String text) {
        int sp = text.indexOf(' ');
        if (!text.startsWith("HTTP/1.") || sp < 0 || text.length() < sp + 4) {
            return -1;
        }
        try {
            return Integer.parseInt(text.substring(sp + 1, sp + 4));
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private void chunkSize(byte b) {
        int digit = Character.digit(b, 16);
        if (digit >= 0) {
            chunkRemaining = chunkRemaining * 16 + digit;
        } else if (b == '\r') {
            state = Body.CHUNK_SIZE_LF;
        } else if (b == '\n') {
            chunkSizeDone();
        } else {
            state = Body.CHUNK_EXT;
        }
    }

    private void chunkSizeDone() {
        if (chunkRemaining == 0) {
            state = Body.DONE;
        } else {
            state = Body.CHUNK_DATA;
        }
    }

    /** SSE bytes: a tight loop that keeps the first {@code LINE_CAP} bytes of each line and finds line ends. */
    private void sse(byte[] bytes, int from, int to) {
        for (int i = from; i < to; i++) {
            byte b = bytes[i];
            if (b == '\n') {
                if (afterCr) {
                    afterCr = false;
                } else {
                    endOfLine();
                }
            } else if (b == '\r') {
                afterCr = true;
                endOfLine();
            } else {
                afterCr = false;
                if (lineLength < LINE_CAP) {
                    line[lineLength] = b;
                }
                lineLength++;
            }
        }
    }

    private void endOfLine() {
        int length = lineLength;
        lineLength = 0;
        if (length == 0) {
            dispatch();
            return;
        }
        int kept = Math.min(length, LINE_CAP);
        if (line[0] == ':') {
            listener.comment();
        } else if (startsWith(DATA, kept) && !eventHasData) {
            eventHasData = true;
            int from = DATA.length;
            if (from < kept && line[from] == ' ') {
                from++;
            }
            eventIsOurs = EventPayload.parse(line, from, kept, parsed);
            eventEpoch = (int) parsed[0];
            eventSent = parsed[1];
            eventSequence = parsed[2];
        }
    }

    private boolean startsWith(byte[] prefix, int kept) {
        if (kept < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (line[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private void dispatch() {
        if (eventHasData) {
            if (eventIsOurs) {
                listener.event(eventEpoch, eventSent, eventSequence);
            } else {
                listener.foreignEvent();
            }
        }
        eventHasData = false;
        eventIsOurs = false;
    }
}
