package org.ssehub.publish;

/**
 * A publish as a CDI event: {@code @Inject Event<Publication> e; e.fire(new Publication("news", "message", "hi"))}.
 * A synchronous {@code fire} keeps per-stream order; {@code fireAsync} does not promise any order.
 */
public record Publication(String stream, String type, String data) {
}
