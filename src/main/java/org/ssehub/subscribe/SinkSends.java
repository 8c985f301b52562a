package org.ssehub.subscribe;

import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * The threads that call {@code SseEventSink.send} and {@code close} for {@link SinkTransport}s. Jersey's
 * send writes on the caller's thread and blocks while the client does not read, so a stalled Jersey
 * sink holds one of these threads (never a dispatcher lane) until its client reads again or the
 * server's write timeout fails the write (Tomcat's {@code connectionTimeout}, 20 s in its default
 * {@code server.xml}), even after the hub cut it off: nothing in the servlet or JAX-RS API aborts a
 * blocking write. The other sinks go on on the remaining threads, so there are many: that many
 * sinks stalled within one write timeout are what it takes to delay the rest (CXF queues sends on
 * the server's own threads, so its sinks hold these only for a moment). Threads start on demand and
 * leave after ten idle seconds, so a hub without JAX-RS subscribers runs none. The queue holds at most
 * one task per sink (one send outstanding each), so it is bounded by the subscriber limit.
 */
final class SinkSends implements Executor {

    private static final Logger LOG = Logger.getLogger(SinkSends.class.getName());

    private final ThreadPoolExecutor pool;

    SinkSends(int threads, ThreadFactory factory) {
        pool = new ThreadPoolExecutor(threads, threads, 10, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), factory);
        pool.allowCoreThreadTimeOut(true);
    }

    @Override
    public void execute(Runnable send) {
        pool.execute(send);
    }

    /** Runs what is queued (the closes of the ending sinks), then ends the threads. */
    void stop(long timeoutMillis) throws InterruptedException {
        pool.shutdown();
        if (!pool.awaitTermination(timeoutMillis, TimeUnit.MILLISECONDS)) {
            LOG.warning("SSE sink sends did not finish in time; interrupting them");
            pool.shutdownNow();
            pool.awaitTermination(1, TimeUnit.SECONDS);
        }
    }
}
