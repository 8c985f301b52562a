package org.ssehub.subscribe;

import java.util.concurrent.Executor;
import java.util.concurrent.LinkedTransferQueue;
import java.util.concurrent.RejectedExecutionException;
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
 * the server's own threads, so its sinks hold these only for a moment). A send goes to an idle thread
 * when there is one, else to a new thread while there are fewer than the maximum, else it waits in the
 * queue; threads leave after ten idle seconds, so a hub without JAX-RS subscribers runs none. The queue
 * holds at most one task per sink (one send outstanding each), so it is bounded by the subscriber limit.
 */
final class SinkSends implements Executor {

    private static final Logger LOG = Logger.getLogger(SinkSends.class.getName());

    private final ThreadPoolExecutor pool;

    SinkSends(int maxThreads, ThreadFactory factory) {
        pool = new ThreadPoolExecutor(0, maxThreads, 10, TimeUnit.SECONDS, new IdleThreadFirst(), factory,
                (send, executor) -> {
                    if (executor.isShutdown()) {
                        throw new RejectedExecutionException("the hub is stopping");
                    }
                    ((IdleThreadFirst) executor.getQueue()).enqueue(send); // every thread busy: it waits for one
                });
    }

    @Override
    public void execute(Runnable send) {
        pool.execute(send);
    }

    /**
     * Takes a send only when an idle thread is there to run it, so that the pool starts a thread
     * rather than queueing while it has fewer than its maximum (a plain queue would keep it at one).
     */
    private static final class IdleThreadFirst extends LinkedTransferQueue<Runnable> {
        @Override
        public boolean offer(Runnable send) {
            return tryTransfer(send);
        }

        void enqueue(Runnable send) {
            super.offer(send);
        }
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
