package org.ssehub.config;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import jakarta.servlet.ServletContext;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Resolves settings with one precedence: environment variable &gt; system property &gt; servlet
 * context parameter (web.xml {@code <context-param>}) &gt; default. A malformed number fails the
 * deployment with a message naming the setting, rather than running with a surprise.
 */
@ApplicationScoped
public class HubConfig {

    private final Map<String, String> contextParams = new ConcurrentHashMap<>();
    private final Function<String, String> env;

    public HubConfig() {
        this(System::getenv);
    }

    HubConfig(Function<String, String> env) {
        this.env = env;
    }

    /** Captures the context parameters before any other start-up observer runs. */
    void capture(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) @Initialized(ApplicationScoped.class)
                 ServletContext context) {
        readContextParams(context);
    }

    /**
     * Takes the context parameters from the web application. For components the container may start
     * before CDI's start-up event: on TomEE a filter's {@code init()} runs first, and would otherwise
     * see only the defaults.
     */
    public void readContextParams(ServletContext context) {
        for (Setting s : Setting.values()) {
            String value = context.getInitParameter(s.key());
            if (value != null) {
                contextParams.put(s.key(), value);
            }
        }
    }

    void putContextParam(String key, String value) {
        contextParams.put(key, value);
    }

    public String string(Setting setting) {
        String value = env.apply(setting.envName());
        if (isBlank(value)) {
            value = System.getProperty(setting.key());
        }
        if (isBlank(value)) {
            value = contextParams.get(setting.key());
        }
        return isBlank(value) ? setting.defaultValue() : value.trim();
    }

    public long number(Setting setting) {
        String value = string(setting);
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new IllegalStateException("Setting " + setting.key() + " must be a whole number, not '" + value + "'", e);
        }
    }

    public int integer(Setting setting) {
        return Math.toIntExact(number(setting));
    }

    public boolean flag(Setting setting) {
        return Boolean.parseBoolean(string(setting));
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
