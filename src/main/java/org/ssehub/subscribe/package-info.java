/**
 * Subscribing: the {@code /api/events} endpoint, parsing what a client asks for (streams, resume
 * point, replay), the {@link org.ssehub.subscribe.DispatchLane}s that fan events out (a thread each,
 * owning a share of the connections), and one {@link org.ssehub.subscribe.Subscriber} per connection
 * with its bounded backlog, written with non-blocking servlet I/O so a slow client never holds a thread;
 * {@link org.ssehub.subscribe.DepartureProbe} finds clients that left right after connecting.
 */
package org.ssehub.subscribe;
