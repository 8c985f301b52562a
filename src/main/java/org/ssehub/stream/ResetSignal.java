package org.ssehub.stream;

/**
 * Tells a resuming client that its id could not be honoured: {@code expired} (events after it have
 * left the history, or it predates this hub's history of the stream: all that is retained follows)
 * or {@code unknown} (the stream never issued it: live events follow).
 */
public record ResetSignal(String stream, String lastEventId, String reason, Long oldestId) {

    public static final String EVENT_TYPE = "hub-reset";
    public static final String EXPIRED = "expired";
    public static final String UNKNOWN = "unknown";

    /** The JSON the client receives as the event's data (stream names and ids need no escaping). */
    public String toJson() {
        return "{\"stream\":\"" + stream + "\",\"lastEventId\":\"" + lastEventId + "\",\"reason\":\"" + reason
                + "\",\"oldestId\":" + (oldestId == null ? "null" : "\"" + oldestId + "\"") + "}";
    }
}
