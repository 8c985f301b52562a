/**
 * The floor of the benchmark: a WAR that holds each event stream with nothing but the servlet API (the
 * response head, one {@code retry:} frame, an async request with no timeout) and keeps nothing else. What
 * a server spends on it per connection is what that server spends on any held stream, whatever the
 * application: the part of the hub's figures no code inside a WAR can remove. Not a hub: it sends no
 * events, and its publish only answers the bench's readiness probe.
 */
package org.ssehub.bench.floor;
