package org.ssehub.broadcast;

import jakarta.ws.rs.core.MediaType;
import org.glassfish.jersey.media.sse.OutboundEvent;
import org.junit.jupiter.api.Test;
import org.ssehub.web.Json;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The text a broadcast event's data is published as, by its media type, with Jersey's own event builder. */
class EventDataTest {

    private final Json json = new Json();

    @Test
    void textIsPublishedAsGivenUnderTheDefaultTextPlain() {
        assertEquals("line one\nline two", EventData.of(new OutboundEvent.Builder().data("line one\nline two").build(), json));
        assertEquals("42", EventData.of(new OutboundEvent.Builder().data(42).build(), json));
    }

    @Test
    void objectsGoThroughJsonBAndJsonTextStaysAsItIs() {
        assertEquals("{\"x\":1}", EventData.of(new OutboundEvent.Builder()
                .mediaType(MediaType.APPLICATION_JSON_TYPE).data(Map.of("x", 1)).build(), json));
        assertEquals("[1,2]", EventData.of(new OutboundEvent.Builder().data(List.of(1, 2)).build(), json));
        assertEquals("{\"already\":\"json\"}", EventData.of(new OutboundEvent.Builder()
                .mediaType(MediaType.APPLICATION_JSON_TYPE).data("{\"already\":\"json\"}").build(), json));
    }

    @Test
    void noDataOrAMediaTypeTheHubCannotPublishIsAClientError() {
        IllegalArgumentException none = assertThrows(IllegalArgumentException.class,
                () -> EventData.of(new OutboundEvent.Builder().comment("only").build(), json));
        assertEquals("msg required", none.getMessage());
        IllegalArgumentException xml = assertThrows(IllegalArgumentException.class, () -> EventData.of(
                new OutboundEvent.Builder().mediaType(MediaType.APPLICATION_XML_TYPE).data("<a/>").build(), json));
        assertTrue(xml.getMessage().contains("application/xml"), xml.getMessage());
    }
}
