package org.ssehub.stream.redis;

import io.lettuce.core.RedisNoScriptException;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.api.sync.RedisScriptingCommands;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * A Lua script from this package's resources, run by its SHA-1 ({@code EVALSHA}) and sent whole only
 * when a Redis does not know it yet (a restart, another cluster master).
 */
final class LuaScript {

    private final String text;
    private final String sha;

    /** Joins the named resources (a shared prelude, then the script's own body) into one script. */
    static LuaScript load(String... resources) {
        StringBuilder text = new StringBuilder();
        for (String name : resources) {
            try (InputStream in = LuaScript.class.getResourceAsStream(name)) {
                if (in == null) {
                    throw new IllegalStateException("missing script " + name);
                }
                text.append(new String(in.readAllBytes(), StandardCharsets.UTF_8)).append('\n');
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new LuaScript(text.toString());
    }

    private LuaScript(String text) {
        this.text = text;
        try {
            this.sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Runs the script; its reply is a flat list of strings. */
    List<String> run(RedisConnection redis, String[] keys, String... args) {
        List<Object> reply = redis.call(commands -> eval(commands, keys, args));
        return reply.stream().map(String::valueOf).toList();
    }

    private List<Object> eval(RedisScriptingCommands<String, String> commands, String[] keys, String[] args) {
        try {
            return commands.evalsha(sha, ScriptOutputType.MULTI, keys, args);
        } catch (RedisNoScriptException unknownHere) {
            return commands.eval(text, ScriptOutputType.MULTI, keys, args);
        }
    }
}
