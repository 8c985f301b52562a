package org.ssehub.broadcast;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import org.ssehub.web.Json;

/**
 * The text an {@link OutboundSseEvent}'s data is published as, by the event's media type. JSON
 * ({@code application/json}, {@code +json}): a {@code String} as given (JSON already), any other object
 * through JSON-B. {@code text/*} (the specification's default) or none: a {@code String}, number,
 * boolean or character as its text, any other object through JSON-B. Any other media type is refused:
 * the hub publishes text.
 */
final class EventData {

    private EventData() {
    }

    /** @throws IllegalArgumentException when there is no data, or a media type the hub cannot publish */
    static String of(OutboundSseEvent event, Json json) {
        Object data = event.getData();
        if (data == null) {
            throw new IllegalArgumentException("msg required");
        }
        MediaType type = event.getMediaType();
        boolean jsonType = type != null
                && (MediaType.APPLICATION_JSON_TYPE.isCompatible(type) || type.getSubtype().endsWith("+json"));
        if (!jsonType && type != null && !type.isWildcardType() && !"text".equals(type.getType())) {
            throw new IllegalArgumentException("cannot publish data of media type " + type + ": use text/* or application/json");
        }
        boolean text = data instanceof CharSequence
                || (!jsonType && (data instanceof Number || data instanceof Boolean || data instanceof Character));
        return text ? data.toString() : json.write(data);
    }
}
