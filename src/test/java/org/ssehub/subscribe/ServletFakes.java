package org.ssehub.subscribe;

import jakarta.servlet.AsyncContext;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** A servlet output stream and async context that a test drives: ready or not, failing or not. */
final class ServletFakes {

    private ServletFakes() {
    }

    static final class Output extends ServletOutputStream {
        final ByteArrayOutputStream written = new ByteArrayOutputStream();
        final List<Integer> writeSizes = new ArrayList<>();
        volatile boolean ready = true;
        volatile IOException failure;
        volatile WriteListener listener;
        int flushes;

        @Override
        public boolean isReady() {
            return ready;
        }

        @Override
        public void setWriteListener(WriteListener writeListener) {
            listener = writeListener;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b});
        }

        @Override
        public void write(byte[] b) throws IOException {
            if (failure != null) {
                throw failure;
            }
            writeSizes.add(b.length);
            written.write(b);
        }

        @Override
        public void flush() throws IOException {
            if (failure != null) {
                throw failure;
            }
            flushes++;
        }

        String text() {
            return written.toString(StandardCharsets.UTF_8);
        }
    }

    /** Counts {@code complete()} calls; the container would throw on a second one. */
    static final class Async {
        final List<AsyncListener> listeners = new ArrayList<>();
        volatile int completions;
        long timeout = -1;
        final AsyncContext context = (AsyncContext) Proxy.newProxyInstance(ServletFakes.class.getClassLoader(),
                new Class<?>[] {AsyncContext.class}, (proxy, method, args) -> {
                    switch (method.getName()) {
                        case "complete" -> {
                            completions++;
                            if (completions > 1) {
                                throw new IllegalStateException("already completed");
                            }
                        }
                        case "addListener" -> listeners.add((AsyncListener) args[0]);
                        case "setTimeout" -> timeout = (Long) args[0];
                        case "getRequest", "getResponse" -> {
                            return null;
                        }
                        case "toString" -> {
                            return "fake async context";
                        }
                        default -> throw new UnsupportedOperationException(method.getName());
                    }
                    return null;
                });
    }
}
