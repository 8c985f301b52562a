package org.ssehub.stream.redis;

/**
 * Stores an event with the real publish script but announces it on a channel nobody hears: exactly
 * what a node sees when Pub/Sub loses a message.
 */
final class UnannouncedPublish {

    private static final LuaScript PUBLISH = LuaScript.load("prelude.lua", "publish.lua");

    private UnannouncedPublish() {
    }

    static long publish(RedisConnection redis, String stream, String data) {
        String[] keys = {StoreBehaviour.KEYS.meta(stream), StoreBehaviour.KEYS.log(stream)};
        return Long.parseLong(PUBLISH.run(redis, keys, StoreBehaviour.ROOMY.scriptArgs("message", data, "nobody-listens"))
                .get(0));
    }
}
