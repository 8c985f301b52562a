package org.ssehub.stream.redis;

import io.lettuce.core.RedisURI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.ssehub.config.HubConfig;
import org.ssehub.config.Setting;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code sse.hub.redis.url} and {@code sse.hub.redis.key-prefix}: what they accept and how they refuse. */
class RedisSettingsTest {

    @AfterEach
    void clear() {
        System.clearProperty(Setting.REDIS_URL.key());
        System.clearProperty(Setting.REDIS_KEY_PREFIX.key());
    }

    private static io.lettuce.core.RedisCredentials credentials(RedisURI uri) {
        return uri.getCredentialsProvider().resolveCredentials().block();
    }

    @Test
    void unsetMeansNoRedis() {
        assertFalse(RedisSettings.from(new HubConfig()).isPresent());
    }

    @Test
    void oneUrlIsOneRedisWithItsCredentialsAndDatabase() {
        RedisAddress address = RedisAddress.parse("redis://hub:s3cr%40t@cache.example:6380/2");
        assertFalse(address.cluster());
        RedisURI uri = address.seeds().get(0);
        assertEquals("cache.example", uri.getHost());
        assertEquals(6380, uri.getPort());
        assertEquals(2, uri.getDatabase());
        assertEquals("hub", credentials(uri).getUsername());
        assertArrayEquals("s3cr@t".toCharArray(), credentials(uri).getPassword());
        assertFalse(uri.isSsl());
    }

    @Test
    void passwordOnlyTlsAndTheDefaultPort() {
        RedisURI uri = RedisAddress.parse("rediss://:pw@redis.internal").seeds().get(0);
        assertTrue(uri.isSsl());
        assertEquals(6379, uri.getPort());
        assertNull(credentials(uri).getUsername());
        assertArrayEquals("pw".toCharArray(), credentials(uri).getPassword());
    }

    @Test
    void aSeedListIsAClusterAndBareSeedsShareTheFirstOnesSchemeAndCredentials() {
        RedisAddress address = RedisAddress.parse("rediss://u:p@10.0.0.1:7000, 10.0.0.2:7001,redis://10.0.0.3:7002");
        assertTrue(address.cluster());
        assertEquals(List.of(7000, 7001, 7002), address.seeds().stream().map(RedisURI::getPort).toList());
        RedisURI second = address.seeds().get(1);
        assertTrue(second.isSsl());
        assertEquals("u", credentials(second).getUsername());
        assertFalse(address.seeds().get(2).isSsl());
    }

    @Test
    void mistakesNameTheSettingAndNeverThePassword() {
        for (String bad : List.of("http://h:1", "redis://u:hunter2@h:1/x", "redis://h:1,,redis://h:2",
                "redis://u:hunter2@h:1/1,h:2", "redis://h:1?timeout=5", "redis:///0", "  ")) {
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> RedisAddress.parse(bad), bad);
            assertTrue(e.getMessage().startsWith("Setting sse.hub.redis.url "), e.getMessage());
            assertFalse(e.getMessage().contains("hunter2"), e.getMessage());
        }
    }

    @Test
    void settingsComeFromTheHubsConfiguration() {
        System.setProperty(Setting.REDIS_URL.key(), "redis://127.0.0.1:6390");
        System.setProperty(Setting.REDIS_KEY_PREFIX.key(), "shop:");
        RedisSettings settings = RedisSettings.from(new HubConfig()).orElseThrow();
        assertEquals(6390, settings.address().seeds().get(0).getPort());
        assertEquals("shop:{news}:meta", settings.keys().meta("news"));
        assertEquals("shop:{news}:log", settings.keys().log("news"));
        assertEquals("shop:{news}:live", settings.keys().channel("news"));
    }

    @Test
    void aPrefixWithBracesWouldBreakTheHashSlotAndIsRefused() {
        System.setProperty(Setting.REDIS_URL.key(), "redis://127.0.0.1:6390");
        System.setProperty(Setting.REDIS_KEY_PREFIX.key(), "{hub}:");
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> RedisSettings.from(new HubConfig()));
        assertTrue(e.getMessage().startsWith("Setting sse.hub.redis.key-prefix"));
    }
}
