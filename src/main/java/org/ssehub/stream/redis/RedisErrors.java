package org.ssehub.stream.redis;

import io.lettuce.core.RedisCommandExecutionException;
import io.lettuce.core.RedisException;

import java.util.List;

/**
 * What a Lettuce failure means to the hub: Redis unreachable, too slow, or refusing writes for now
 * ({@link StoreUnavailableException}: answer 503), or a command Redis rejected for good (a bug here).
 */
final class RedisErrors {

    /** Error replies that pass: memory full, loading, busy script, cluster reconfiguring, read-only replica. */
    private static final List<String> TRANSIENT = List.of("OOM", "LOADING", "BUSY", "CLUSTERDOWN", "TRYAGAIN",
            "MASTERDOWN", "READONLY", "NOREPLICAS", "MISCONF");

    private RedisErrors() {
    }

    static RuntimeException translate(RedisException e) {
        if (e instanceof RedisCommandExecutionException) {
            String message = String.valueOf(e.getMessage());
            if (TRANSIENT.stream().anyMatch(message::startsWith)) {
                return new StoreUnavailableException("Redis refused the command for now: " + message, e);
            }
            return new IllegalStateException("Redis refused a command: " + message, e);
        }
        return new StoreUnavailableException("Redis did not answer: " + e.getMessage(), e);
    }
}
