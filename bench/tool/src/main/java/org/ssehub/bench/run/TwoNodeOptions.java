package org.ssehub.bench.run;

import java.util.List;

/**
 * Target {@code hub2} (scenario E): how many rounds (the verdicts use their medians), the port of the
 * one-node hub it is compared with (target {@code hub}'s), the two nodes' ports, Redis's port (0: a free
 * loopback port), and the subscriber counts of its fan-out ladders.
 */
record TwoNodeOptions(int repeat, int singlePort, List<Integer> nodePorts, int redisPort, List<Integer> fanOutCounts) {

    static TwoNodeOptions parse(String repeat, String singlePort, String nodePorts, String redisPort,
            List<Integer> fanOutCounts) {
        int rounds = Integer.parseInt(repeat.trim());
        if (rounds < 1) {
            throw new IllegalArgumentException("--repeat must be at least 1: " + repeat);
        }
        List<Integer> ports = List.of(nodePorts.split(",")).stream().map(p -> Integer.valueOf(p.trim())).toList();
        if (ports.size() != 2) {
            throw new IllegalArgumentException("--hub2-ports takes two ports: " + nodePorts);
        }
        return new TwoNodeOptions(rounds, Integer.parseInt(singlePort.trim()), ports, Integer.parseInt(redisPort.trim()),
                List.copyOf(fanOutCounts));
    }
}
