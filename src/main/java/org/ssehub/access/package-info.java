/**
 * Who may read and publish what (issue 15): signed tokens (JWTs, verified by nimbus-jose-jwt) whose
 * {@code sse-hub} claim lists the stream patterns a holder may subscribe and publish to, private
 * streams, and the rules that keep a browser or a proxy from forging a publish. The edges call
 * {@link org.ssehub.access.AccessPolicy} once per request; the CDI {@code EventBus} is not restricted.
 */
package org.ssehub.access;
