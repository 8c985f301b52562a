package org.ssehub.stream;

import org.ssehub.config.HubConfig;
import org.ssehub.config.Setting;

import java.util.concurrent.TimeUnit;

/**
 * What one stream's history may retain: at most {@code maxEvents} events, none older than
 * {@code maxAgeMillis}, together holding at most {@code maxBytes} ({@link Event#footprint()}).
 */
record HistoryLimits(int maxEvents, long maxAgeMillis, long maxBytes) {

    static HistoryLimits from(HubConfig config) {
        return new HistoryLimits(config.integer(Setting.HISTORY_MAX_EVENTS),
                TimeUnit.SECONDS.toMillis(config.number(Setting.HISTORY_MAX_AGE_SECONDS)),
                config.number(Setting.HISTORY_MAX_BYTES));
    }
}
