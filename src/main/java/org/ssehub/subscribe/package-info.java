/**
 * Subscribing: the {@code /api/events} endpoint, parsing what a client asks for (streams, resume
 * point, replay), and one {@link org.ssehub.subscribe.Subscriber} per connection with its bounded
 * backlog, written with non-blocking servlet I/O so a slow client never holds a thread.
 */
package org.ssehub.subscribe;
