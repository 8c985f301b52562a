package org.ssehub.web;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.catalina.connector.ClientAbortException;
import org.apache.catalina.connector.Response;
import org.apache.coyote.OutputBuffer;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Tomcat's own response classes (the ones embedded Tomcat 10.1 runs) with the write error of an
 * earlier request left on them, as Tomcat leaves it when a flush from a non-container thread fails
 * and the processor is recycled before the exception is stored: the next response's first flush
 * sends its bytes and then throws that old error, which ended a new subscription right after its
 * {@code retry:} (StallCutOffIT after DemoEndpointsIT). Clearing it first lets the flush through.
 */
class InheritedWriteErrorTest {

    /** Where the coyote response's bytes go (the socket, in a real processor). */
    static final class Socket implements OutputBuffer {
        final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        @Override
        public int doWrite(ByteBuffer chunk) {
            int length = chunk.remaining();
            byte[] copy = new byte[length];
            chunk.get(copy);
            bytes.write(copy, 0, length);
            return length;
        }

        @Override
        public long getBytesWritten() {
            return bytes.size();
        }
    }

    final org.apache.coyote.Response coyote = new org.apache.coyote.Response();
    final Response response = new Response();
    final Socket socket = new Socket();

    InheritedWriteErrorTest() {
        coyote.setOutputBuffer(socket);
        response.setCoyoteResponse(coyote);
        // what the CORS filter set before the servlet runs
        response.setHeader("Access-Control-Allow-Origin", "*");
        response.addHeader("Vary", "Origin");
        // what the earlier request's failed flush left behind
        coyote.setErrorException(new IOException("Broken pipe (an earlier request's client)"));
    }

    private void writeRetryAndFlush(HttpServletResponse servletResponse) throws IOException {
        ServletOutputStream out = servletResponse.getOutputStream();
        out.write("retry: 3000\n\n".getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    @Test
    void onTomcatAnInheritedErrorFailsTheFirstFlushAfterItsBytesWentOut() {
        ClientAbortException failure = assertThrows(ClientAbortException.class, () -> writeRetryAndFlush(response.getResponse()));
        assertTrue(failure.getCause().getMessage().contains("an earlier request's client"), failure.toString());
        assertEquals("retry: 3000\n\n", socket.bytes.toString(StandardCharsets.US_ASCII), "the client got the retry, then nothing");
    }

    @Test
    void clearedTheFirstFlushGoesThroughWithTheHeadersAndStatusSetSoFar() throws IOException {
        HttpServletResponse servletResponse = response.getResponse();
        servletResponse.setStatus(HttpServletResponse.SC_OK);
        InheritedWriteError.clear(servletResponse);
        assertFalse(coyote.isExceptionPresent());
        writeRetryAndFlush(servletResponse);
        assertEquals("retry: 3000\n\n", socket.bytes.toString(StandardCharsets.US_ASCII));
        assertEquals(List.of("*"), List.copyOf(servletResponse.getHeaders("Access-Control-Allow-Origin")));
        assertEquals(List.of("Origin"), List.copyOf(servletResponse.getHeaders("Vary")));
        assertEquals(HttpServletResponse.SC_OK, servletResponse.getStatus());
    }

    @Test
    void aCommittedResponseIsLeftAlone() throws IOException {
        coyote.setCommitted(true);
        InheritedWriteError.clear(response.getResponse());
        assertTrue(coyote.isExceptionPresent(), "nothing reset once committed");
        assertEquals(List.of("*"), List.copyOf(response.getHeaders("Access-Control-Allow-Origin")));
    }
}
