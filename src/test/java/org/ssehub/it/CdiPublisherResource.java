package org.ssehub.it;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import org.ssehub.publish.EventBus;
import org.ssehub.publish.Publication;

/**
 * Deployed only in tests: another bean in the WAR that publishes in-process, once through the
 * injected {@link EventBus} and once by firing a CDI {@link Publication} event.
 */
@Path("test/cdi")
@RequestScoped
public class CdiPublisherResource {

    @Inject
    EventBus bus;
    @Inject
    Event<Publication> publications;

    @POST
    public String publish(@QueryParam("stream") String stream) {
        String id = bus.publish(stream, "from-bus", "injected").id();
        publications.fire(new Publication(stream, "from-event", "fired"));
        return id;
    }
}
