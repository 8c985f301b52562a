package org.ssehub.bench.run;

import java.util.List;

/** The median of a few rounds' figures (the mean of the middle two for an even count); NaN values are left out. */
final class Median {

    private Median() {
    }

    static double of(List<Double> values) {
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).filter(v -> !Double.isNaN(v)).sorted()
                .toArray();
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
}
