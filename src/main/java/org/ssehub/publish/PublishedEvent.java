package org.ssehub.publish;

/** What the hub accepted: the stream, the id it assigned (as the decimal text clients see) and the event type. */
public record PublishedEvent(String stream, String id, String type) {
}
