package org.ssehub.access;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Mints an HS256 token for trying the hub out; a command, never an HTTP endpoint of the hub:
 * <pre>SSE_HUB_JWT_SECRET=... mvn -q compile exec:java -Dexec.mainClass=org.ssehub.access.MintToken \
 *     -Dexec.args="--sub 42 --subscribe user.42,news --publish orders.* --ttl 3600"</pre>
 */
public final class MintToken {

    private MintToken() {
    }

    public static void main(String[] args) throws JOSEException {
        Map<String, String> options = new HashMap<>(Map.of("--sub", "demo", "--subscribe", "", "--publish", "", "--ttl", "3600"));
        options.put("--secret", System.getenv().getOrDefault("SSE_HUB_JWT_SECRET", ""));
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (!options.containsKey(args[i])) {
                usage("unknown option " + args[i]);
            }
            options.put(args[i], args[i + 1]);
        }
        if (args.length % 2 != 0) {
            usage("every option needs a value");
        }
        String secret = options.get("--secret");
        if (secret.getBytes(UTF_8).length < VerificationKeys.MIN_SECRET_BYTES) {
            usage("set SSE_HUB_JWT_SECRET (or --secret) to the hub's sse.hub.jwt.secret, at least 32 bytes");
        }
        Instant now = Instant.now();
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .subject(options.get("--sub"))
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plusSeconds(Long.parseLong(options.get("--ttl")))))
                .claim(TokenVerifier.CLAIM, Map.of(
                        "subscribe", list(options.get("--subscribe")),
                        "publish", list(options.get("--publish"))))
                .build();
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
        jwt.sign(new MACSigner(secret.getBytes(UTF_8)));
        System.out.println(jwt.serialize());
    }

    private static List<String> list(String commaSeparated) {
        List<String> patterns = Arrays.stream(commaSeparated.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
        StreamPatterns.of(patterns); // refuses a pattern the hub would refuse
        return patterns;
    }

    private static void usage(String problem) {
        throw new IllegalArgumentException(problem
                + "\nusage: MintToken [--sub SUBJECT] [--subscribe P1,P2] [--publish P1,P2] [--ttl SECONDS] [--secret S]");
    }
}
