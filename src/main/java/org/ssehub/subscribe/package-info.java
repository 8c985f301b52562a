/**
 * Subscribing: the {@code /api/events} servlet and what a client asks for ({@link org.ssehub.subscribe.SubscribeRequest},
 * {@link org.ssehub.subscribe.LastEventId}, {@link org.ssehub.subscribe.Cursor}); the dispatcher lanes that fan
 * events out ({@link org.ssehub.subscribe.Dispatcher}, {@link org.ssehub.subscribe.DispatchLane}); and per
 * connection a {@link org.ssehub.subscribe.Connection} (the streams' sink) with its bounded
 * {@link org.ssehub.subscribe.Backlog}, written by its {@link org.ssehub.subscribe.ConnectionWriter} (what waited
 * together as one write: {@link org.ssehub.subscribe.WriteBatches}) through a
 * {@link org.ssehub.subscribe.Transport} with non-blocking servlet I/O, so a slow client never holds a thread.
 * What a slow client gets is {@link org.ssehub.subscribe.SlowClientPolicy}'s decision alone.
 * {@link org.ssehub.subscribe.Subscribers} is where connections come in: the {@link org.ssehub.subscribe.Admission}
 * lets them in (or not), the {@link org.ssehub.subscribe.ConnectionFactory} makes them alike, and they start and
 * end in {@link org.ssehub.subscribe.OpenConnections}. The {@link org.ssehub.subscribe.Liveness} timer runs the
 * {@link org.ssehub.subscribe.Heartbeats} and the {@link org.ssehub.subscribe.DepartureProbe}, which finds clients
 * that left right after connecting.
 * A JAX-RS {@code SseEventSink} is a connection too ({@link org.ssehub.subscribe.Subscribers#openSink} with a
 * {@link org.ssehub.subscribe.SinkRequest}): its {@link org.ssehub.subscribe.SinkTransport} sends the frames
 * ({@link org.ssehub.subscribe.SinkFrames}) one at a time on the {@link org.ssehub.subscribe.SinkSends} threads.
 * {@link org.ssehub.subscribe.Drain} closes them spread out when the node drains (the switch, an undeploy
 * that {@link org.ssehub.subscribe.UndeployWatch} sees coming on Tomcat-based servers, or the stop itself);
 * {@link org.ssehub.subscribe.CutOffs} says which ends count as cut-offs in the metrics.
 */
package org.ssehub.subscribe;
