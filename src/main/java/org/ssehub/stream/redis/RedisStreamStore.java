package org.ssehub.stream.redis;

import org.ssehub.stream.Event;
import org.ssehub.stream.StreamNames;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The streams' history in Redis, shared by every node. Each operation is one Lua script on the
 * stream's keys (one hash slot), so it is atomic: ids strictly increase per stream whichever node
 * publishes, and a read sees a consistent window. Thread-safe; all calls may throw
 * {@link StoreUnavailableException}.
 */
public final class RedisStreamStore {

    private final LuaScript publish = LuaScript.load("prelude.lua", "publish.lua");
    private final LuaScript read = LuaScript.load("prelude.lua", "read.lua");
    private final RedisConnection redis;
    private final RedisKeys keys;
    private final StoreLimits limits;

    public RedisStreamStore(RedisConnection redis, RedisKeys keys, StoreLimits limits) {
        this.redis = Objects.requireNonNull(redis);
        this.keys = Objects.requireNonNull(keys);
        this.limits = Objects.requireNonNull(limits);
    }

    /** Stores the event and announces it; returns once Redis has it (never for an event not stored). */
    public Published publish(String stream, String type, String data) {
        if (type.indexOf('\n') >= 0 || type.indexOf('\r') >= 0) {
            throw new IllegalArgumentException("an event type has no line break"); // the announcement's format needs it
        }
        List<String> reply = publish.run(redis, keysOf(stream), limits.scriptArgs(type, data, keys.channel(stream)));
        long id = Long.parseLong(reply.get(0));
        return new Published(new Event(stream, id, type, data, id / 1000), Long.parseLong(reply.get(1)),
                Long.parseLong(reply.get(2)));
    }

    /**
     * At most {@code limit} retained events after {@code id}, oldest first, with the reset to send
     * first: {@code expired} when events after {@code id} may be missing (the events that follow are
     * all that is left after it), {@code unknown} when the stream never reached {@code id}.
     */
    public Page after(String stream, long id, int limit) {
        if (id < 0 || limit < 0) {
            throw new IllegalArgumentException("id and limit must not be negative");
        }
        return PageReply.parse(stream, id, read.run(redis, keysOf(stream),
                limits.scriptArgs("after", Long.toString(id), Integer.toString(limit))));
    }

    /** The newest {@code count} retained events, oldest first. */
    public Page last(String stream, int count) {
        if (count < 0) {
            throw new IllegalArgumentException("count must not be negative");
        }
        return PageReply.parse(stream, -1, read.run(redis, keysOf(stream), limits.scriptArgs("last", Integer.toString(count), "0")));
    }

    /** Last id, floor, epoch, retained count and bytes; empty when Redis holds nothing of the stream. */
    public Optional<StreamState> state(String stream) {
        return Optional.ofNullable(last(stream, 0).state());
    }

    private String[] keysOf(String stream) {
        StreamNames.require(stream);
        return new String[] {keys.meta(stream), keys.log(stream)};
    }
}
