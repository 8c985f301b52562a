package org.ssehub.bench.run;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ssehub.bench.scenario.FanOutStep;

/**
 * Server CPU seconds per million delivered events of two fan-out ladders (one node, two nodes), over the
 * steps both passed at the same asked rate only: CPU per event falls as the rate rises (more events share
 * each write), so a ladder that climbed higher must not look cheaper for it. A rate repeated after a failure
 * counts with its passing run.
 */
record CpuPerEvent(double single, double pair, int commonSteps) {

    static CpuPerEvent overCommonSteps(List<FanOutStep> single, List<FanOutStep> pair) {
        Map<Long, FanOutStep> one = passedByRate(single);
        Map<Long, FanOutStep> two = passedByRate(pair);
        double cpuOne = 0;
        double cpuTwo = 0;
        long deliveredOne = 0;
        long deliveredTwo = 0;
        int common = 0;
        for (Map.Entry<Long, FanOutStep> entry : one.entrySet()) {
            FanOutStep other = two.get(entry.getKey());
            if (other == null) {
                continue;
            }
            common++;
            cpuOne += entry.getValue().serverCpuSeconds();
            deliveredOne += entry.getValue().delivered();
            cpuTwo += other.serverCpuSeconds();
            deliveredTwo += other.delivered();
        }
        return new CpuPerEvent(perMillion(cpuOne, deliveredOne), perMillion(cpuTwo, deliveredTwo), common);
    }

    /** Two nodes' cost per event over one node's; NaN when there was no common step. */
    double ratio() {
        return single > 0 ? pair / single : Double.NaN;
    }

    /** Steps are matched by delivered-events/s asked ({@code requestedPublishRate x subscribers}), rounded. */
    private static Map<Long, FanOutStep> passedByRate(List<FanOutStep> steps) {
        Map<Long, FanOutStep> byRate = new LinkedHashMap<>();
        for (FanOutStep step : steps) {
            if (step.passed()) {
                byRate.putIfAbsent(Math.round(step.requestedPublishRate() * step.subscribers()), step);
            }
        }
        return byRate;
    }

    private static double perMillion(double cpuSeconds, long delivered) {
        return delivered == 0 ? Double.NaN : cpuSeconds / delivered * 1e6;
    }
}
