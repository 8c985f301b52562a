/**
 * The Redis store for running several hub nodes on one Redis or Redis Cluster (issue 9): settings,
 * the connection owner, and the atomic per-stream primitives (publish with cluster-wide ids, bounded
 * history, reset detection, announcements for the live path, node counts, leases). NOT YET WIRED INTO
 * {@link org.ssehub.stream.Hub}: nothing in the running hub calls this package until the shared
 * store interface exists (see docs/redis-backplane.md). Only its tests use it today.
 */
package org.ssehub.stream.redis;
