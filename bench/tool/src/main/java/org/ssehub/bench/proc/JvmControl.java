package org.ssehub.bench.proc;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Asks a JVM under test for a full GC ({@code jcmd PID GC.run}) so RSS is read without floating garbage, or
 * for its heap histogram ({@code GC.class_histogram}) to see what each connection costs.
 */
public final class JvmControl {

    private JvmControl() {
    }

    /** Returns true when jcmd answered within 30 s. */
    public static boolean fullGc(long pid) throws InterruptedException {
        return jcmd(pid, "GC.run", ProcessBuilder.Redirect.DISCARD);
    }

    /** Writes the heap histogram of {@code pid} to {@code file}; returns true when jcmd answered within 30 s. */
    public static boolean classHistogram(long pid, Path file) throws InterruptedException {
        return jcmd(pid, "GC.class_histogram", ProcessBuilder.Redirect.to(file.toFile()));
    }

    private static boolean jcmd(long pid, String command, ProcessBuilder.Redirect output) throws InterruptedException {
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        try {
            Process process = new ProcessBuilder(jcmd.toString(), Long.toString(pid), command)
                    .redirectErrorStream(true)
                    .redirectOutput(output)
                    .start();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return false;
            }
            return process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        }
    }
}
