package org.ssehub.subscribe;

import java.util.concurrent.RejectedExecutionException;

/**
 * Where a connection with something to write waits for a dispatcher lane ({@link Dispatcher} is the
 * one queue of a node). A writer queues itself only when no write of it is pending, so the queue
 * holds each connection at most once.
 */
interface WriteQueue {

    /**
     * From a thread that is not a lane (a timer, a container thread): queues and wakes idle lanes.
     *
     * @throws RejectedExecutionException once the hub is stopping; the caller then writes itself
     */
    void queueAndWake(ConnectionWriter writer);

    /**
     * From a lane's own thread, which writes the queue after its round and wakes the others then.
     *
     * @throws RejectedExecutionException once the hub is stopping; the caller then writes itself
     */
    void queueFromLane(ConnectionWriter writer);
}
