package org.ssehub.subscribe;

import java.io.IOException;
import java.util.function.Consumer;

/**
 * A connection's socket as its {@link ConnectionWriter} sees it: non-blocking writes, a signal when
 * more can be written, and one way to end the response. {@link ServletTransport} is the servlet one;
 * a test, or another kind of connection, supplies its own.
 */
interface Transport {

    /**
     * Hands the transport the writer's callbacks; writing may begin once this returns.
     *
     * @param onWritable called (on a container thread) when {@link #isReady()} has turned true again
     * @param onGone     called with a reason when the container reports the connection failed or ended
     */
    void start(Runnable onWritable, Consumer<String> onGone);

    /** Whether a write now would not block; when false, {@code onWritable} follows once it would not. */
    boolean isReady();

    void write(byte[] bytes) throws IOException;

    void flush() throws IOException;

    /** Ends the response; safe to call more than once, and after the container ended it itself. */
    void complete();
}
