package org.ssehub.subscribe;

import org.ssehub.metrics.HubCounters;
import org.ssehub.stream.Hub;
import org.ssehub.stream.StartPoint;

import java.time.Instant;
import java.util.Iterator;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The node's open connections: a connection joins its streams in {@link #subscribe} and leaves them in
 * {@link #ended}, and nowhere else. Leaving gives back its {@link Admission}, cancels its token expiry
 * and counts a cut-off; iterating sees the connections open now (the {@link Liveness} timer, a
 * {@link Drain}, the figures).
 */
final class OpenConnections implements Iterable<Connection> {

    private static final Logger LOG = Logger.getLogger(OpenConnections.class.getName());

    private final Set<Connection> open = ConcurrentHashMap.newKeySet();
    private final Hub hub;
    private final Admission admission;
    private final TokenExpiries expiries;
    private final Liveness liveness;
    private final HubCounters counters;

    OpenConnections(Hub hub, Admission admission, TokenExpiries expiries, Liveness liveness, HubCounters counters) {
        this.hub = hub;
        this.admission = admission;
        this.expiries = expiries;
        this.liveness = liveness;
        this.counters = counters;
    }

    /**
     * An admitted connection joins its streams and starts sending; one allowed by an expiring token is
     * ended at {@code closeAt}. When the node cannot take one of its streams the connection is
     * forgotten and the exception goes to the caller.
     */
    void subscribe(Connection connection, Function<String, StartPoint> startFor, Optional<Instant> closeAt) {
        open.add(connection);
        try {
            for (String stream : connection.streams()) {
                StartPoint start = startFor.apply(stream);
                hub.subscribe(connection, stream, start);
                if (start.isAfter()) {
                    counters.resumed(connection.resumeResult());
                }
            }
        } catch (RuntimeException e) {
            forget(connection);
            connection.backlog().close();
            throw e;
        }
        connection.begin();
        liveness.watch(connection);
        closeAt.ifPresent(at -> expiries.endAt(connection, at, open::contains));
    }

    /** Where every connection that started ends, once, whatever the reason. */
    void ended(Connection connection, String reason) {
        LOG.log(Level.FINE, "Connection ended: {0}", reason);
        CutOffs.classify(reason).ifPresent(counters::cutOff);
        forget(connection);
    }

    private void forget(Connection connection) {
        if (open.remove(connection)) {
            admission.release();
        }
        expiries.forget(connection);
        hub.unsubscribe(connection, connection.streams());
    }

    @Override
    public Iterator<Connection> iterator() {
        return open.iterator();
    }
}
