/**
 * The HTTP edge shared by every endpoint: the JAX-RS application at {@code /api}, CORS and the checks
 * of what a container could not decode (and a write error a Tomcat response inherited), the SSE response headers, the one error mapping
 * ({@link org.ssehub.web.PlainErrors}, with {@link org.ssehub.web.PlainExceptionMapper} for JAX-RS),
 * and {@code /api/streams}, which only reads the hub. No hub logic lives here.
 */
package org.ssehub.web;
