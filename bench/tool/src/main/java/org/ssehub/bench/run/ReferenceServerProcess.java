package org.ssehub.bench.run;

import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.ssehub.bench.scenario.Target;

/** The raw-NIO reference server in its own JVM (its own fd budget), started from this tool's jar. */
final class ReferenceServerProcess {

    private ReferenceServerProcess() {
    }

    static ServerProcess start(int port, Path workDir, List<String> jvmFlags) throws Exception {
        Files.createDirectories(workDir);
        Path log = workDir.resolve("reference.log");
        List<String> command = new ArrayList<>();
        command.add(ServerJvm.java());
        command.addAll(jvmFlags);
        command.add("-cp");
        command.add(absoluteClassPath());
        command.add("org.ssehub.bench.BenchMain");
        command.add("reference");
        command.add("--port");
        command.add(Integer.toString(port));
        Process process = ServerJvm.start(command, workDir, log);
        InetSocketAddress address = new InetSocketAddress("127.0.0.1", port);
        ServerJvm.awaitReady(process, address, 30, log);
        return new ServerProcess(process, new Target("nio", address, process.pid()));
    }

    private static String absoluteClassPath() {
        StringBuilder path = new StringBuilder();
        for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
            if (path.length() > 0) {
                path.append(java.io.File.pathSeparator);
            }
            path.append(Path.of(entry).toAbsolutePath());
        }
        return path.toString();
    }
}
