/**
 * Whether this node is alive and should get traffic, in the shape MicroProfile Health uses
 * ({@code GET /api/health/live}, {@code /api/health/ready}), and the drain switch an operator or a
 * Kubernetes {@code preStop} hook flips ({@code POST}/{@code DELETE /api/health/drain}). Reads the
 * connection side's {@link org.ssehub.subscribe.Figures}; decides nothing about connections itself.
 */
package org.ssehub.health;
