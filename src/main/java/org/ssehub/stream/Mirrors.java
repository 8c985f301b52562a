package org.ssehub.stream;

import org.ssehub.stream.redis.LiveFeed;
import org.ssehub.stream.redis.RedisStreamStore;
import org.ssehub.stream.redis.StreamState;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The streams this node mirrors in Redis mode: one {@link MirrorStream} per stream with local
 * subscribers, followed on the {@link LiveFeed} from Redis's last id when made and unfollowed when its
 * last subscriber leaves. Making and retiring mirrors is rare, and one lock keeps a stream's follow and
 * unfollow in order; finding one ({@link #get}) takes no lock.
 */
final class Mirrors {

    private final ConcurrentHashMap<String, MirrorStream> mirrors = new ConcurrentHashMap<>();
    private final RedisStreamStore store;
    private final LiveFeed feed;
    private final HistoryLimits limits;
    private final RetainedBytes retained;
    private final int maxStreams;

    Mirrors(RedisStreamStore store, LiveFeed feed, HistoryLimits limits, RetainedBytes retained, int maxStreams) {
        this.store = store;
        this.feed = feed;
        this.limits = limits;
        this.retained = retained;
        this.maxStreams = maxStreams;
    }

    /** The mirror of a stream, made and followed if this node has none. */
    synchronized MirrorStream mirrorFor(String name) {
        MirrorStream mirror = mirrors.get(name);
        if (mirror != null) {
            return mirror;
        }
        if (mirrors.size() >= maxStreams) {
            throw new HubFullException("stream limit reached (" + maxStreams + "); try again later");
        }
        long position = store.state(name).map(StreamState::lastId).orElse(0L);
        mirror = new MirrorStream(name, position, limits, retained);
        mirrors.put(name, mirror);
        feed.follow(name, position);
        return mirror;
    }

    /** Retires and unfollows the mirror if nobody watches it any more. */
    synchronized void retireIfUnwatched(MirrorStream mirror) {
        if (mirrors.get(mirror.name()) == mirror && mirror.retireIfUnwatched()) {
            mirrors.remove(mirror.name());
            feed.unfollow(mirror.name());
        }
    }

    /** The mirror of a stream, or null: no lock. */
    MirrorStream get(String name) {
        return mirrors.get(name);
    }

    /** A live view of the mirrors by stream name. */
    Map<String, MirrorStream> view() {
        return mirrors;
    }

    int size() {
        return mirrors.size();
    }
}
