package org.ssehub.access;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import org.ssehub.config.HubConfig;
import org.ssehub.config.Setting;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;
import java.util.logging.Logger;

/**
 * The hub's access rules, asked once per request by the edges: who may subscribe to which streams
 * ({@code /api/events}), which private streams a caller may see ({@code /api/streams}), and who may
 * publish ({@link PublishRules}). Streams matching {@code sse.hub.private-streams} need a subscribe
 * token that covers them; every other stream is public and its subscribers' tokens are not read.
 */
@ApplicationScoped
public class AccessPolicy {

    private static final Logger LOG = Logger.getLogger(AccessPolicy.class.getName());

    private HubConfig config;
    private StreamPatterns privateStreams;
    private TokenVerifier verifier;
    private String cookieName;
    private boolean queryParam;
    private int clockSkewSeconds;
    private PublishRules publishRules;
    private ScrapeRules scrapeRules;

    protected AccessPolicy() {
        // for CDI proxies
    }

    @Inject
    public AccessPolicy(HubConfig config) {
        this.config = config;
    }

    @PostConstruct
    void start() {
        privateStreams = StreamPatterns.parse(config.string(Setting.PRIVATE_STREAMS));
        clockSkewSeconds = Math.max(0, config.integer(Setting.JWT_CLOCK_SKEW_SECONDS));
        verifier = verifier(config.string(Setting.JWT_SECRET), config.string(Setting.JWT_PUBLIC_KEY), clockSkewSeconds);
        cookieName = config.string(Setting.JWT_COOKIE);
        queryParam = config.flag(Setting.JWT_QUERY_PARAM);
        publishRules = new PublishRules(verifier, config.string(Setting.PUBLISH_TOKEN), cookieName);
        scrapeRules = new ScrapeRules(config.string(Setting.METRICS_TOKEN));
        if (verifier == null && !privateStreams.isEmpty()) {
            LOG.warning("sse.hub.private-streams is set but no JWT key is: nobody can read " + privateStreams);
        }
    }

    /** Created at start-up, so a bad key or pattern setting fails the deployment, not every request. */
    void startUp(@Observes @Initialized(ApplicationScoped.class) Object started) {
        // the container ran start() to deliver this
    }

    static TokenVerifier verifier(String secret, String publicKey, int clockSkewSeconds) {
        if (!secret.isEmpty() && !publicKey.isEmpty()) {
            throw new IllegalStateException("Set one of sse.hub.jwt.secret and sse.hub.jwt.public-key, not both");
        }
        if (!secret.isEmpty()) {
            return new TokenVerifier(VerificationKeys.secret(secret), clockSkewSeconds);
        }
        if (!publicKey.isEmpty()) {
            return new TokenVerifier(VerificationKeys.publicKeyFile(Path.of(publicKey)), clockSkewSeconds);
        }
        return null;
    }

    /** Whether a subscription may start; a subscription with one stream it may not read is refused whole. */
    public SubscribeDecision forSubscribe(HttpServletRequest request, List<String> streams) {
        List<String> restricted = streams.stream().filter(privateStreams::covers).toList();
        if (restricted.isEmpty()) {
            return SubscribeDecision.OPEN;
        }
        Credentials credentials = Credentials.of(request, cookieName, queryParam, true);
        if (!credentials.present()) {
            return SubscribeDecision.refused(Refusal.invalidToken("stream " + restricted.get(0) + " needs a subscribe token"));
        }
        Rights rights;
        try {
            rights = verify(credentials.token());
        } catch (InvalidTokenException e) {
            return SubscribeDecision.refused(Refusal.invalidToken("invalid token: " + e.getMessage()));
        }
        for (String stream : restricted) {
            if (!rights.subscribe().covers(stream)) {
                return SubscribeDecision.refused(Refusal.forbidden("the token does not allow subscribing to " + stream));
            }
        }
        return new SubscribeDecision(null, rights.expiresAt().map(at -> at.plusSeconds(clockSkewSeconds)));
    }

    /** Which streams this caller may see: public ones, and private ones its valid token covers. */
    public Predicate<String> readable(HttpServletRequest request) {
        StreamPatterns granted = StreamPatterns.NONE;
        Credentials credentials = Credentials.of(request, cookieName, queryParam, true);
        if (credentials.present()) {
            try {
                granted = verify(credentials.token()).subscribe();
            } catch (InvalidTokenException e) {
                // an invalid token sees what anyone sees
            }
        }
        StreamPatterns holder = granted;
        return stream -> !privateStreams.covers(stream) || holder.covers(stream);
    }

    /** Null when the request may publish to the stream, else the refusal to answer with. */
    public Refusal forPublish(HttpServletRequest request, String stream, boolean viaGet) {
        return publishRules.check(request, stream, viaGet);
    }

    /** Null when the request may read the metrics or switch the drain on ({@link ScrapeRules}), else the refusal. */
    public Refusal forOperations(HttpServletRequest request) {
        return scrapeRules.check(request);
    }

    private Rights verify(String token) throws InvalidTokenException {
        if (verifier == null) {
            throw new InvalidTokenException("no JWT key is configured (sse.hub.jwt.secret or sse.hub.jwt.public-key)");
        }
        return verifier.verify(token);
    }
}
