/**
 * The HTTP edge shared by every endpoint: the JAX-RS application at {@code /api}, CORS, the SSE
 * response headers, and plain-text error responses. No hub logic lives here.
 */
package org.ssehub.web;
