package org.ssehub.publish;

/** What the hub accepted: the stream and the id it assigned. */
public record PublishedEvent(String stream, String id, String type) {
}
