package org.ssehub.bench.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SseStreamDecoderTest {

    private final List<String> seen = new ArrayList<>();
    private final SseStreamDecoder decoder = new SseStreamDecoder(new SseStreamDecoder.Listener() {
        @Override
        public void headers(int status) {
            seen.add("status " + status);
        }

        @Override
        public void event(int epoch, long sentNanos, long sequence) {
            seen.add("event " + epoch + " " + sentNanos + (sequence < 0 ? "" : " #" + sequence));
        }

        @Override
        public void foreignEvent() {
            seen.add("foreign");
        }

        @Override
        public void comment() {
            seen.add("comment");
        }
    });

    @Test
    void decodesChunkedStreamSplitAnywhere() {
        String sse = "retry: 3000\n\n: keepalive\n\nid: 1\r\nevent: bench\r\ndata: 3 12345 xxxx\r\n\r\n"
                + "data: hello\ndata: world\n\nid: 2\revent: bench\rdata: -1 -5 \r\r";
        String body = Integer.toHexString(sse.length()) + "\r\n" + sse + "\r\n";
        String response = "HTTP/1.1 200 \r\nContent-Type: text/event-stream\r\nTransfer-Encoding: chunked\r\n\r\n" + body;
        byte[] bytes = response.getBytes(StandardCharsets.US_ASCII);
        for (int i = 0; i < bytes.length; i++) {
            assertTrue(decoder.feed(ByteBuffer.wrap(bytes, i, 1)));
        }
        assertEquals(List.of("status 200", "comment", "event 3 12345", "foreign", "event -1 -5"), seen);
    }

    @Test
    void readsTheSequenceOfANumberedPayload() {
        String payload = new String(EventPayload.create(4, 987654321L, 41, 64), StandardCharsets.US_ASCII);
        String unnumbered = new String(EventPayload.create(4, 5L, 64), StandardCharsets.US_ASCII);
        String response = "HTTP/1.1 200 OK\r\n\r\ndata: " + payload + "\n\ndata: " + unnumbered + "\n\n"
                + "data: 4 6 7x\n\n";
        assertTrue(decoder.feed(ByteBuffer.wrap(response.getBytes(StandardCharsets.US_ASCII))));
        assertEquals(64, payload.length());
        assertEquals(List.of("status 200", "event 4 987654321 #41", "event 4 5", "event 4 6"), seen);
    }

    @Test
    void stopsOnNon200() {
        byte[] bytes = "HTTP/1.1 503 Busy\r\nContent-Length: 0\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
        assertEquals(false, decoder.feed(ByteBuffer.wrap(bytes)));
        assertEquals(List.of("status 503"), seen);
    }
}
