package org.ssehub.stream.redis;

/**
 * Names of the hub's Redis keys and channels. Every key of one stream carries the stream's name as a
 * hash tag ({@code {news}}), so a Redis Cluster keeps them in one slot and one script can touch them all.
 */
public record RedisKeys(String prefix) {

    public RedisKeys {
        if (prefix == null || prefix.length() > 64 || !prefix.matches("[A-Za-z0-9._:-]*")) {
            throw new IllegalStateException("Setting sse.hub.redis.key-prefix must be at most 64 characters of "
                    + "[A-Za-z0-9._:-] (braces would break the per-stream hash slot)");
        }
    }

    /** Hash: last id, floor, epoch, the Redis run id that wrote it, retained bytes. */
    String meta(String stream) {
        return prefix + "{" + stream + "}:meta";
    }

    /** Redis Stream: the retained events, entry id {@code <event id>-0}. */
    String log(String stream) {
        return prefix + "{" + stream + "}:log";
    }

    /** Pub/Sub channel announcing each event of the stream to the live path. */
    String channel(String stream) {
        return prefix + "{" + stream + "}:live";
    }

    /** The stream a {@link #channel(String)} belongs to, or null for another channel. */
    String streamOfChannel(String channel) {
        if (!channel.startsWith(prefix + "{") || !channel.endsWith("}:live")) {
            return null;
        }
        return channel.substring(prefix.length() + 1, channel.length() - "}:live".length());
    }

    /** Hash node -> subscriber count, and the sorted set node -> expiry of that count. */
    String nodeCounts(String stream) {
        return prefix + "{" + stream + "}:nodes";
    }

    String nodeExpiries(String stream) {
        return prefix + "{" + stream + "}:nodes-seen";
    }

    /** A lease one node holds (the demo generators'). */
    String lease(String name) {
        return prefix + "lease:" + name;
    }
}
