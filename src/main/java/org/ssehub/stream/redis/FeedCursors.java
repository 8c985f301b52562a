package org.ssehub.stream.redis;

import org.ssehub.stream.Event;

import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What a {@link LiveFeed} has delivered of each stream it follows (the last id), and how it fills a
 * gap: from the stream's history after that id, with a reset where the history cannot prove there is
 * none. Only the feed's thread delivers; follow and unfollow may come from any thread.
 */
final class FeedCursors {

    private static final int PAGE = 500;

    private final RedisStreamStore store;
    private final FeedListener listener;
    private final Map<String, Long> cursors = new ConcurrentHashMap<>();
    private final Set<String> behind = ConcurrentHashMap.newKeySet();

    FeedCursors(RedisStreamStore store, FeedListener listener) {
        this.store = store;
        this.listener = listener;
    }

    /** @return false if the stream was followed already */
    boolean follow(String stream, long afterId) {
        if (cursors.putIfAbsent(stream, afterId) != null) {
            return false;
        }
        behind.add(stream);
        return true;
    }

    boolean unfollow(String stream) {
        return cursors.remove(stream) != null;
    }

    Set<String> followed() {
        return cursors.keySet();
    }

    void markBehind(String stream) {
        if (cursors.containsKey(stream)) {
            behind.add(stream);
        }
    }

    void markAllBehind() {
        behind.addAll(cursors.keySet());
    }

    /** An announced event: delivered if it is the next one, ignored if seen, else its stream is behind. */
    void handle(Announcement announcement) {
        String stream = announcement.stream();
        Long cursor = cursors.get(stream);
        if (cursor == null || announcement.id() <= cursor) {
            return;
        }
        if (announcement.previousId() == cursor && !behind.contains(stream)) {
            deliver(announcement.toEvent());
        } else {
            behind.add(stream);
        }
    }

    /** Marks behind every stream whose last id in Redis is past what was delivered. */
    void checkPositions() {
        for (Map.Entry<String, Long> followed : cursors.entrySet()) {
            store.state(followed.getKey()).filter(state -> state.lastId() > followed.getValue())
                    .ifPresent(state -> behind.add(followed.getKey()));
        }
    }

    /** Catches up every stream that is behind; one that fails (Redis unavailable) stays behind. */
    void catchUpBehind() {
        for (Iterator<String> it = behind.iterator(); it.hasNext(); ) {
            String stream = it.next();
            it.remove();
            try {
                catchUp(stream);
            } catch (StoreUnavailableException e) {
                behind.add(stream);
                throw e;
            }
        }
    }

    private void catchUp(String stream) {
        Long cursor = cursors.get(stream);
        boolean first = true;
        while (cursor != null) {
            Page page = store.after(stream, cursor, PAGE);
            if (page.state() == null) {
                return; // Redis holds nothing of it: the next event's new era will tell the loss
            }
            if (first && page.reset() != null) {
                listener.reset(page.reset());
                if (page.events().isEmpty()) {
                    cursors.replace(stream, page.state().lastId());
                }
            }
            first = false;
            page.events().forEach(this::deliver);
            if (page.events().size() < PAGE) {
                return;
            }
            cursor = cursors.get(stream);
        }
    }

    private void deliver(Event event) {
        if (cursors.replace(event.stream(), event.id()) != null) {
            listener.deliver(event);
        }
    }
}
