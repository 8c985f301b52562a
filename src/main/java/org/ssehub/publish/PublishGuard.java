package org.ssehub.publish;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import org.ssehub.access.AccessPolicy;
import org.ssehub.access.Refusal;
import org.ssehub.stream.StreamNames;

/**
 * Who may publish over HTTP, asked before the body is read: the rules live in
 * {@link AccessPolicy} (a JWT covering the stream, the shared token, or loopback when neither is
 * configured, never from another origin or through a proxy).
 */
@ApplicationScoped
public class PublishGuard {

    private AccessPolicy access;

    protected PublishGuard() {
        // for CDI proxies
    }

    @Inject
    public PublishGuard(AccessPolicy access) {
        this.access = access;
    }

    /** @throws jakarta.ws.rs.WebApplicationException 401 or 403 when the request may not publish to the stream */
    public void check(HttpServletRequest request, String stream, boolean viaGet) {
        String name = stream == null || stream.isEmpty() ? StreamNames.DEFAULT : stream;
        Refusal refusal = access.forPublish(request, name, viaGet);
        if (refusal != null) {
            throw refusal.toException();
        }
    }
}
