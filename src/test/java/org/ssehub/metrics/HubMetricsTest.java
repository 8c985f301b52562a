package org.ssehub.metrics;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ssehub.it.support.PrometheusText;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The registry's text, parsed by Prometheus' parser: the hub's names, types and counts, and the JVM binders'. */
class HubMetricsTest {

    private final HubMetrics metrics = new HubMetrics();

    @BeforeEach
    void start() {
        metrics.start();
    }

    @AfterEach
    void stop() {
        metrics.stop();
    }

    @Test
    void countsReachTheScrapeUnderTheirPrometheusNames() {
        HubCounters counters = metrics.counters();
        counters.published(2_000_000);
        counters.published(3_000_000);
        counters.rejected(HubCounters.Rejection.FORBIDDEN);
        counters.delivered();
        counters.written(120);
        counters.written(30);
        counters.replayed(4);
        counters.cutOff(HubCounters.CutOff.STALLED);
        counters.resumed(HubCounters.Resume.EXPIRED);
        counters.resumed(HubCounters.Resume.IN_WINDOW);
        counters.resumed(HubCounters.Resume.IN_WINDOW);

        PrometheusText text = PrometheusText.parse(metrics.scrape());

        assertEquals(2, text.value("sse_hub_events_published_total", "outcome", "accepted"));
        assertEquals(1, text.value("sse_hub_events_published_total", "outcome", "rejected", "reason", "forbidden"));
        assertEquals(0, text.value("sse_hub_events_published_total", "outcome", "rejected", "reason", "invalid"));
        assertEquals(1, text.value("sse_hub_events_delivered_total"));
        assertEquals(150, text.value("sse_hub_written_bytes_total"));
        assertEquals(4, text.value("sse_hub_events_replayed_total"));
        assertEquals(1, text.value("sse_hub_cutoffs_total", "reason", "stalled"));
        assertEquals(0, text.value("sse_hub_cutoffs_total", "reason", "backlog_full"));
        assertEquals(2, text.value("sse_hub_resumes_total", "result", "in_window"));
        assertEquals(1, text.value("sse_hub_resumes_total", "result", "expired"));
        assertEquals(0, text.value("sse_hub_resumes_total", "result", "unknown"));
        assertEquals("counter", text.family("sse_hub_events_published").orElseThrow().type());
        assertEquals("histogram", text.family("sse_hub_publish_duration_seconds").orElseThrow().type());
        assertEquals(2, text.value("sse_hub_publish_duration_seconds_count"));
        assertEquals(0.005, text.value("sse_hub_publish_duration_seconds_sum"), 1e-9);
        assertEquals(2, text.value("sse_hub_publish_duration_seconds_bucket", "le", "+Inf"));
        assertEquals(List.of(), text.families().stream().filter(f -> f.name().startsWith("sse_hub_") && f.type().equals("untyped"))
                .toList(), "every sse_hub_ family has its type (a sample outside its family would come out untyped)");
    }

    @Test
    void theJvmBindersAreThere() {
        PrometheusText text = PrometheusText.parse(metrics.scrape());
        for (String name : new String[]{"jvm_memory_used_bytes", "jvm_threads_live_threads", "jvm_classes_loaded_classes",
                "process_uptime_seconds", "system_cpu_count"}) {
            assertTrue(text.has(name), name + " in the scrape");
        }
    }

    @Test
    void textThatIsNotPrometheusFailsToParse() {
        AssertionError refused = org.junit.jupiter.api.Assertions.assertThrows(AssertionError.class,
                () -> PrometheusText.parse("# TYPE a counter\na_total{x=\"1} 1\n")); // an unclosed label value
        assertTrue(refused.getMessage().contains("not valid Prometheus text"), refused.getMessage());
    }
}
