package org.ssehub.bench.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.ssehub.bench.scenario.FanOutStep;
import org.ssehub.bench.scenario.Latencies;

class CpuPerEventTest {

    /** A step of {@code subscribers} asked for {@code deliveredRate} events/s. */
    private static FanOutStep step(int subscribers, double deliveredRate, long delivered, double cpuSeconds,
            boolean passed) {
        return new FanOutStep(subscribers, deliveredRate / subscribers, deliveredRate / subscribers, delivered / subscribers,
                delivered, delivered, deliveredRate, new Latencies(1, 1, 1, 1), 50, cpuSeconds, 10, passed);
    }

    @Test
    void comparesOnlyTheRatesBothLaddersPassed() {
        List<FanOutStep> one = List.of(step(1000, 20_000, 80_000, 0.4, true), step(1000, 30_000, 120_000, 0.5, true),
                step(1000, 45_000, 100_000, 0.9, false));
        List<FanOutStep> two = List.of(step(1000, 20_000, 80_000, 0.5, true), step(1000, 30_000, 120_000, 0.7, true),
                step(1000, 45_000, 180_000, 1.0, true));

        CpuPerEvent cpu = CpuPerEvent.overCommonSteps(one, two);

        assertEquals(2, cpu.commonSteps());
        assertEquals(0.9 / 200_000 * 1e6, cpu.single(), 1e-9);
        assertEquals(1.2 / 200_000 * 1e6, cpu.pair(), 1e-9);
        assertEquals(1.2 / 0.9, cpu.ratio(), 1e-9);
    }

    @Test
    void aRateRetriedAfterAFailureCountsWithItsPassingRunAndSubscriberCountsMayDiffer() {
        List<FanOutStep> one = List.of(step(1000, 20_000, 80_000, 2.0, false), step(1000, 20_000, 80_000, 0.4, true));
        List<FanOutStep> two = List.of(step(999, 20_000, 79_920, 0.4, true));

        CpuPerEvent cpu = CpuPerEvent.overCommonSteps(one, two);

        assertEquals(1, cpu.commonSteps());
        assertEquals(5.0, cpu.single(), 1e-9);
    }

    @Test
    void noCommonStepGivesNoRatio() {
        CpuPerEvent cpu = CpuPerEvent.overCommonSteps(List.of(step(100, 20_000, 80_000, 0.4, true)), List.of());

        assertEquals(0, cpu.commonSteps());
        assertTrue(Double.isNaN(cpu.ratio()));
    }
}
