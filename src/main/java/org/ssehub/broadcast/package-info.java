/**
 * The standard JAX-RS SSE API over the hub, for your own resources: {@link org.ssehub.broadcast.HubBroadcasters}
 * hands out a {@link jakarta.ws.rs.sse.SseBroadcaster} per stream ({@link org.ssehub.broadcast.HubBroadcaster})
 * whose sinks are hub subscribers (through {@link org.ssehub.subscribe.Subscribers#openSink}) and whose
 * broadcasts are hub publishes (through the {@link org.ssehub.publish.EventBus}). {@code /api/rs/events}
 * ({@link org.ssehub.broadcast.RsEventsResource}) is the hub's own resource built on it.
 */
package org.ssehub.broadcast;
