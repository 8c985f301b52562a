package org.ssehub.bench.profile;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/**
 * Summarises the {@code jdk.ExecutionSample} events of a JFR file: the top frames (self time) and, for
 * each sample, every distinct method on the stack (total time), as percentages of all samples.
 */
public final class HotMethods {

    private HotMethods() {
    }

    public static void print(Path file, int top, PrintStream out) throws IOException {
        Map<String, Integer> self = new HashMap<>();
        Map<String, Integer> total = new HashMap<>();
        int samples = 0;
        for (RecordedEvent event : RecordingFile.readAllEvents(file)) {
            if (!event.getEventType().getName().equals("jdk.ExecutionSample")) {
                continue;
            }
            RecordedStackTrace stack = event.getStackTrace();
            if (stack == null || stack.getFrames().isEmpty()) {
                continue;
            }
            samples++;
            List<RecordedFrame> frames = stack.getFrames();
            self.merge(name(frames.get(0)), 1, Integer::sum);
            frames.stream().map(HotMethods::name).distinct().forEach(m -> total.merge(m, 1, Integer::sum));
        }
        out.printf("%d execution samples in %s%n%nself time:%n", samples, file);
        table(self, samples, top, out);
        out.printf("%ntotal time (on the stack):%n");
        table(total, samples, top, out);
    }

    private static String name(RecordedFrame frame) {
        return frame.getMethod().getType().getName() + "." + frame.getMethod().getName();
    }

    private static void table(Map<String, Integer> counts, int samples, int top, PrintStream out) {
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .limit(top)
                .forEach(e -> out.printf("%6.1f %%  %s%n", 100.0 * e.getValue() / samples, e.getKey()));
    }
}
