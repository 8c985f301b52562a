package org.ssehub.bench.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The machine a run happened on, from /proc, for the report header. */
final class MachineInfo {

    private MachineInfo() {
    }

    static String describe() {
        String cpu = firstValue("/proc/cpuinfo", "model name");
        String memory = firstValue("/proc/meminfo", "MemTotal");
        return "Machine: " + Runtime.getRuntime().availableProcessors() + " cores (" + cpu + "), " + memory
                + " RAM, " + System.getProperty("os.name") + " " + System.getProperty("os.version") + ", Java "
                + System.getProperty("java.runtime.version");
    }

    static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (IOException e) {
            return "?";
        }
    }

    private static String firstValue(String file, String key) {
        try {
            List<String> lines = Files.readAllLines(Path.of(file));
            for (String line : lines) {
                if (line.startsWith(key)) {
                    return line.substring(line.indexOf(':') + 1).trim();
                }
            }
        } catch (IOException e) {
            return "?";
        }
        return "?";
    }
}
