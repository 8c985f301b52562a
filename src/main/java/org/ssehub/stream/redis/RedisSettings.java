package org.ssehub.stream.redis;

import org.ssehub.config.HubConfig;
import org.ssehub.config.Setting;

import java.util.Optional;

/** The Redis settings: where Redis is, and the prefix of every key and channel. */
public record RedisSettings(RedisAddress address, RedisKeys keys) {

    /** Empty when {@code sse.hub.redis.url} is unset: the single-node hub, no Redis. */
    public static Optional<RedisSettings> from(HubConfig config) {
        String url = config.string(Setting.REDIS_URL);
        if (url.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(new RedisSettings(RedisAddress.parse(url), new RedisKeys(config.string(Setting.REDIS_KEY_PREFIX))));
    }
}
