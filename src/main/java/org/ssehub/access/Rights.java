package org.ssehub.access;

import java.time.Instant;
import java.util.Optional;

/**
 * What a verified token allows: the streams its holder may subscribe and publish to, and until when
 * ({@code exp}; a token without one does not expire).
 */
public record Rights(String subject, StreamPatterns subscribe, StreamPatterns publish, Optional<Instant> expiresAt) {
}
