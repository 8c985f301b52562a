package org.ssehub.access;

import java.time.Instant;
import java.util.Optional;

/**
 * The answer to a subscription: refused (and how), or allowed until {@code closeAt} (the covering
 * token's expiry plus the clock skew; empty when no token was needed or it does not expire).
 */
public record SubscribeDecision(Refusal refusal, Optional<Instant> closeAt) {

    static final SubscribeDecision OPEN = new SubscribeDecision(null, Optional.empty());

    static SubscribeDecision refused(Refusal refusal) {
        return new SubscribeDecision(refusal, Optional.empty());
    }

    public boolean refused() {
        return refusal != null;
    }
}
