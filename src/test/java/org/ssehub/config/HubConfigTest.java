package org.ssehub.config;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class HubConfigTest {

    @AfterEach
    void clear() {
        System.clearProperty(Setting.HEARTBEAT_SECONDS.key());
    }

    @Test
    void envBeatsSystemPropertyBeatsContextParamBeatsDefault() {
        Map<String, String> env = new java.util.HashMap<>();
        HubConfig config = new HubConfig(env::get);
        assertEquals(15, config.number(Setting.HEARTBEAT_SECONDS));
        config.putContextParam(Setting.HEARTBEAT_SECONDS.key(), "5");
        assertEquals(5, config.number(Setting.HEARTBEAT_SECONDS));
        System.setProperty(Setting.HEARTBEAT_SECONDS.key(), "7");
        assertEquals(7, config.number(Setting.HEARTBEAT_SECONDS));
        env.put("SSE_HUB_HEARTBEAT_SECONDS", "9");
        assertEquals(9, config.number(Setting.HEARTBEAT_SECONDS));
    }

    @Test
    void envNamesFollowTheKey() {
        assertEquals("SSE_HUB_CLIENT_MAX_QUEUED_EVENTS", Setting.CLIENT_MAX_QUEUED_EVENTS.envName());
    }

    @Test
    void aMalformedNumberNamesTheSetting() {
        HubConfig config = new HubConfig(name -> "SSE_HUB_RETRY_MILLIS".equals(name) ? "soon" : null);
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> config.number(Setting.RETRY_MILLIS));
        assertEquals("Setting sse.hub.retry-millis must be a whole number, not 'soon'", e.getMessage());
    }
}
