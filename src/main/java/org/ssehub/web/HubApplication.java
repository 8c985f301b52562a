package org.ssehub.web;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The JAX-RS application; resources and providers are found by scanning. */
@ApplicationPath("/api")
public class HubApplication extends Application {
}
