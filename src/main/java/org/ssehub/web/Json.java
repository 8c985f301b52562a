package org.ssehub.web;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;

/**
 * The hub's JSON-B instance (whatever JSON-B the runtime provides), configured once: nulls are
 * written, so a missing value reads as {@code null} rather than a missing key.
 */
@ApplicationScoped
public class Json {

    private final Jsonb jsonb = JsonbBuilder.create(new JsonbConfig().withNullValues(true));

    public String write(Object value) {
        return jsonb.toJson(value);
    }

    @PreDestroy
    void close() {
        try {
            jsonb.close();
        } catch (Exception e) {
            throw new IllegalStateException("could not close JSON-B", e);
        }
    }
}
