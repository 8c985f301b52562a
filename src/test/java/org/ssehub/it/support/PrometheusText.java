package org.ssehub.it.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Prometheus text parsed by Prometheus' own Python client ({@code prometheus_client.parser}, Debian's
 * {@code python3-prometheus-client}): no Java parser of the text format is published, and a regex
 * would accept what a Prometheus refuses. A text it cannot parse fails the test with its message.
 */
public final class PrometheusText {

    /** One metric family: its name as the parser reports it (a counter's without {@code _total}) and type. */
    public record Family(String name, String type) {
    }

    /** One sample line. */
    public record Sample(String name, Map<String, String> labels, double value) {
    }

    private static final String PARSER = """
            import sys
            from prometheus_client.parser import text_string_to_metric_families
            text = sys.stdin.read()
            out = []
            for family in text_string_to_metric_families(text):
                out.append("F\\x1f%s\\x1f%s" % (family.name, family.type))
                for s in family.samples:
                    labels = "\\x1e".join("%s=%s" % (k, v) for k, v in sorted(s.labels.items()))
                    out.append("S\\x1f%s\\x1f%r\\x1f%s" % (s.name, float(s.value), labels))
            sys.stdout.write("\\n".join(out))
            """;

    private final List<Family> families = new ArrayList<>();
    private final List<Sample> samples = new ArrayList<>();

    private PrometheusText() {
    }

    public static PrometheusText parse(String text) {
        PrometheusText parsed = new PrometheusText();
        for (String line : run(text).split("\n")) {
            String[] parts = line.split("\u001f", -1);
            if (parts[0].equals("F")) {
                parsed.families.add(new Family(parts[1], parts[2]));
            } else if (parts[0].equals("S")) {
                Map<String, String> labels = new LinkedHashMap<>();
                if (!parts[3].isEmpty()) {
                    for (String pair : parts[3].split("\u001e")) {
                        int eq = pair.indexOf('=');
                        labels.put(pair.substring(0, eq), pair.substring(eq + 1));
                    }
                }
                parsed.samples.add(new Sample(parts[1], labels, number(parts[2])));
            }
        }
        return parsed;
    }

    private static double number(String python) {
        return switch (python) {
            case "nan" -> Double.NaN;
            case "inf" -> Double.POSITIVE_INFINITY;
            case "-inf" -> Double.NEGATIVE_INFINITY;
            default -> Double.parseDouble(python);
        };
    }

    public List<Family> families() {
        return families;
    }

    public List<Sample> samples() {
        return samples;
    }

    public Optional<Family> family(String name) {
        return families.stream().filter(f -> f.name().equals(name)).findFirst();
    }

    /** The value of the one sample with that name and (at least) those labels; fails if there is none. */
    public double value(String name, String... labelPairs) {
        return samples.stream().filter(s -> s.name().equals(name) && hasLabels(s, labelPairs)).mapToDouble(Sample::value)
                .reduce((a, b) -> {
                    throw new AssertionError("more than one sample " + name + " " + List.of(labelPairs));
                })
                .orElseThrow(() -> new AssertionError("no sample " + name + " " + List.of(labelPairs)));
    }

    public boolean has(String name) {
        return samples.stream().anyMatch(s -> s.name().equals(name));
    }

    private static boolean hasLabels(Sample sample, String... pairs) {
        for (int i = 0; i + 1 < pairs.length; i += 2) {
            if (!pairs[i + 1].equals(sample.labels().get(pairs[i]))) {
                return false;
            }
        }
        return true;
    }

    private static String run(String text) {
        try {
            Process python = new ProcessBuilder("/usr/bin/python3", "-c", PARSER).start();
            try (OutputStream in = python.getOutputStream()) {
                in.write(text.getBytes(StandardCharsets.UTF_8));
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            Thread errors = new Thread(() -> copy(python.getErrorStream(), err));
            errors.start();
            copy(python.getInputStream(), out);
            if (!python.waitFor(30, TimeUnit.SECONDS)) {
                python.destroyForcibly();
                throw new AssertionError("the Prometheus parser did not finish");
            }
            errors.join();
            if (python.exitValue() != 0) {
                throw new AssertionError("not valid Prometheus text: " + err.toString(StandardCharsets.UTF_8));
            }
            return out.toString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError("could not run the Prometheus parser (apt-get install python3-prometheus-client)", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static void copy(InputStream from, ByteArrayOutputStream to) {
        try {
            from.transferTo(to);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
