package org.ssehub.stream.redis;

import io.lettuce.core.RedisURI;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;

/**
 * Where Redis is, from {@code sse.hub.redis.url}: {@code redis://[user:password@]host:port[/db]},
 * {@code rediss://} for TLS; a comma-separated list of seeds means a Redis Cluster (later seeds may
 * be bare {@code host:port} and then share the first one's scheme and credentials). Errors name the
 * setting and never echo a password.
 */
public record RedisAddress(List<RedisURI> seeds, boolean cluster) {

    private static final String KEY = "sse.hub.redis.url";

    public RedisAddress {
        seeds = List.copyOf(seeds);
    }

    public static RedisAddress parse(String value) {
        if (value == null || value.isBlank()) {
            throw invalid("is empty");
        }
        String[] parts = value.split(",", -1);
        List<RedisURI> seeds = new ArrayList<>();
        URI first = null;
        for (String part : parts) {
            String text = part.trim();
            if (text.isEmpty()) {
                throw invalid("has an empty entry in its seed list");
            }
            if (first != null && !text.contains("://")) {
                String userInfo = first.getRawUserInfo() == null ? "" : first.getRawUserInfo() + "@";
                text = first.getScheme() + "://" + userInfo + text;
            }
            URI uri = toUri(text);
            first = first == null ? uri : first;
            seeds.add(toRedisUri(uri));
        }
        boolean cluster = seeds.size() > 1;
        if (cluster && seeds.stream().anyMatch(s -> s.getDatabase() != 0)) {
            throw invalid("names a database, but a Redis Cluster (a list of seeds) has only database 0");
        }
        return new RedisAddress(seeds, cluster);
    }

    private static URI toUri(String text) {
        try {
            URI uri = new URI(text);
            if (!"redis".equals(uri.getScheme()) && !"rediss".equals(uri.getScheme())) {
                throw invalid("must start with redis:// or rediss:// (got '" + redacted(uri) + "')");
            }
            if (uri.getHost() == null) {
                throw invalid("has no host in '" + redacted(uri) + "'");
            }
            if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
                throw invalid("takes no query or fragment ('" + redacted(uri) + "')");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw invalid("is not a URL: " + e.getReason());
        }
    }

    private static RedisURI toRedisUri(URI uri) {
        RedisURI.Builder builder = RedisURI.builder().withHost(uri.getHost())
                .withPort(uri.getPort() == -1 ? RedisURI.DEFAULT_REDIS_PORT : uri.getPort())
                .withSsl("rediss".equals(uri.getScheme()))
                .withDatabase(database(uri));
        String userInfo = uri.getUserInfo();
        if (userInfo != null) {
            int colon = userInfo.indexOf(':');
            String user = colon < 0 ? "" : userInfo.substring(0, colon);
            String password = colon < 0 ? userInfo : userInfo.substring(colon + 1);
            if (user.isEmpty()) {
                builder.withPassword(password.toCharArray());
            } else {
                builder.withAuthentication(user, password.toCharArray());
            }
        }
        return builder.build();
    }

    private static int database(URI uri) {
        String path = uri.getPath();
        if (path == null || path.isEmpty() || "/".equals(path)) {
            return 0;
        }
        String db = path.substring(1);
        if (!db.matches("[0-9]{1,4}")) {
            throw invalid("has '" + db + "' where a database number belongs ('" + redacted(uri) + "')");
        }
        return Integer.parseInt(db);
    }

    private static String redacted(URI uri) {
        String userInfo = uri.getRawUserInfo();
        String text = uri.toString();
        return userInfo == null ? text : text.replace(userInfo + "@", "***@");
    }

    private static IllegalStateException invalid(String problem) {
        return new IllegalStateException("Setting " + KEY + " " + problem);
    }

    @Override
    public String toString() {
        return (cluster ? "Redis Cluster " : "Redis ") + seeds.stream()
                .map(s -> (s.isSsl() ? "rediss://" : "redis://") + s.getHost() + ":" + s.getPort()).toList();
    }
}
