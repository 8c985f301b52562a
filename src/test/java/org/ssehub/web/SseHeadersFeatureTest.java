package org.ssehub.web;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SseHeadersFeatureTest {

    @Produces(MediaType.TEXT_PLAIN)
    static class Mixed {
        @GET
        @Produces(MediaType.SERVER_SENT_EVENTS)
        public void events() {
        }

        @GET
        @Produces("text/event-stream;charset=UTF-8")
        public void eventsWithCharset() {
        }

        @GET
        @Produces("application/json, text/event-stream")
        public void either() {
        }

        @GET
        public void plain() {
        }
    }

    @Produces(MediaType.SERVER_SENT_EVENTS)
    static class AllEvents {
        @GET
        public void inherited() {
        }
    }

    static class Nothing {
        @GET
        public void none() {
        }
    }

    @Test
    void bindsToMethodsThatProduceEvents() throws Exception {
        assertTrue(SseHeadersFeature.producesEvents(Mixed.class.getMethod("events"), Mixed.class));
        assertTrue(SseHeadersFeature.producesEvents(Mixed.class.getMethod("eventsWithCharset"), Mixed.class));
        assertTrue(SseHeadersFeature.producesEvents(Mixed.class.getMethod("either"), Mixed.class));
        assertTrue(SseHeadersFeature.producesEvents(AllEvents.class.getMethod("inherited"), AllEvents.class));
    }

    @Test
    void leavesEveryOtherMethodAlone() throws Exception {
        assertFalse(SseHeadersFeature.producesEvents(Mixed.class.getMethod("plain"), Mixed.class));
        assertFalse(SseHeadersFeature.producesEvents(Nothing.class.getMethod("none"), Nothing.class));
        assertFalse(SseHeadersFeature.producesEvents(null, null));
    }
}
