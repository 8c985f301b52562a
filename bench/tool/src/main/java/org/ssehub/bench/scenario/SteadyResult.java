package org.ssehub.bench.scenario;

import java.util.List;

/** Result of a steady run (C or D): connections, every window, and the whole run. */
public record SteadyResult(SteadySettings settings, int connected, int failed, int closedByServer, int stalled,
        List<WindowResult> windows, WindowResult total, double clientCpuPercent) {
}
