package org.ssehub.access;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.ImmutableSecret;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.text.ParseException;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The configured verification key and the only algorithms it may verify: an HMAC secret pins
 * {@code HS256}; an RSA public key {@code RS256}; an EC P-256 key {@code ES256}. A token of any other
 * algorithm ({@code none}, or an HMAC token against a public key) is refused by the key selector.
 */
record VerificationKeys(JWKSource<SecurityContext> source, Set<JWSAlgorithm> algorithms) {

    /** HS256 needs a secret of at least 256 bits. */
    static final int MIN_SECRET_BYTES = 32;

    static VerificationKeys secret(String secret) {
        byte[] bytes = secret.getBytes(StandardCharsets.UTF_8);
        if (bytes.length < MIN_SECRET_BYTES) {
            throw new IllegalStateException("sse.hub.jwt.secret must be at least " + MIN_SECRET_BYTES + " bytes for HS256");
        }
        return new VerificationKeys(new ImmutableSecret<>(bytes), Set.of(JWSAlgorithm.HS256));
    }

    /** A PEM public key ({@code -----BEGIN PUBLIC KEY-----}) or a JWK set (JSON) file. */
    static VerificationKeys publicKeyFile(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new IllegalStateException("sse.hub.jwt.public-key: cannot read " + file + ": " + e.getMessage(), e);
        }
        List<JWK> keys = text.trim().startsWith("{") ? jwkSet(text, file) : List.of(pem(text, file));
        Set<JWSAlgorithm> algorithms = new LinkedHashSet<>();
        for (JWK key : keys) {
            if (key.isPrivate()) {
                throw new IllegalStateException("sse.hub.jwt.public-key: " + file + " holds a private key; give the hub the public one");
            }
            algorithms.add(algorithmFor(key, file));
        }
        return new VerificationKeys(new ImmutableJWKSet<>(new JWKSet(keys)), Set.copyOf(algorithms));
    }

    private static JWSAlgorithm algorithmFor(JWK key, Path file) {
        if (key instanceof RSAKey) {
            return JWSAlgorithm.RS256;
        }
        if (key instanceof ECKey ec && Curve.P_256.equals(ec.getCurve())) {
            return JWSAlgorithm.ES256;
        }
        throw new IllegalStateException("sse.hub.jwt.public-key: " + file + " holds a " + key.getKeyType()
                + " key; only RSA (RS256) and EC P-256 (ES256) keys are supported");
    }

    private static List<JWK> jwkSet(String json, Path file) {
        try {
            List<JWK> keys = JWKSet.parse(json).getKeys();
            if (keys.isEmpty()) {
                throw new IllegalStateException("sse.hub.jwt.public-key: the JWK set in " + file + " is empty");
            }
            return keys;
        } catch (ParseException e) {
            throw new IllegalStateException("sse.hub.jwt.public-key: " + file + " is not a JWK set: " + e.getMessage(), e);
        }
    }

    private static JWK pem(String text, Path file) {
        String base64 = text.replaceAll("-----(BEGIN|END) PUBLIC KEY-----", "").replaceAll("\\s", "");
        byte[] der;
        try {
            der = Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("sse.hub.jwt.public-key: " + file + " is neither a PEM public key nor a JWK set", e);
        }
        PublicKey key = decode(der, "RSA");
        if (key == null) {
            key = decode(der, "EC");
        }
        if (key instanceof RSAPublicKey rsa) {
            return new RSAKey.Builder(rsa).build();
        }
        if (key instanceof ECPublicKey ec) {
            return new ECKey.Builder(Curve.forECParameterSpec(ec.getParams()), ec).build();
        }
        throw new IllegalStateException("sse.hub.jwt.public-key: " + file + " holds no RSA or EC public key");
    }

    private static PublicKey decode(byte[] der, String algorithm) {
        try {
            return KeyFactory.getInstance(algorithm).generatePublic(new X509EncodedKeySpec(der));
        } catch (GeneralSecurityException e) {
            return null;
        }
    }
}
