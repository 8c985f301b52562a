package org.ssehub.stream.redis;

import org.ssehub.stream.Event;

/** A stored event, with the id before it and its era, as every node's live path sees them announced. */
public record Published(Event event, long previousId, long epoch) {
}
