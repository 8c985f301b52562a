package org.ssehub.bench.naive;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** Mounts the broadcaster under {@code /api}, the same paths as the hub's contract. */
@ApplicationPath("api")
public class NaiveApplication extends Application {
}
