/**
 * The Redis store for running several hub nodes on one Redis or Redis Cluster (issue 9): settings,
 * the connection owner, and the atomic per-stream primitives (publish with cluster-wide ids, bounded
 * history, reset detection, announcements and the live feed, node counts, leases). Only
 * {@link org.ssehub.stream.ClusterStreams} calls it in the running hub (see docs/redis-backplane.md).
 */
package org.ssehub.stream.redis;
