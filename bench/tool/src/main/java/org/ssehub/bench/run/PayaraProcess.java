package org.ssehub.bench.run;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.ssehub.bench.scenario.Target;

/**
 * Payara Micro 6 with the hub's thin WAR at / (target {@code hub-payara}), in its own JVM with the same flags as
 * the others: Hazelcast off, a fresh root directory per server under test, and the project's pre-boot commands
 * (src/main/payara/preboot.asadmin: 127.0.0.1 only, the 64 KiB send buffer, the write timeout) followed by the
 * bench's own: unlimited requests per keep-alive connection (Grizzly's default 250 would make the publisher
 * reconnect; Tomcat's connector has {@code maxKeepAliveRequests="-1"} for the same reason). Payara Micro runs in
 * the JVM it is started in, so the pid is the server's.
 */
final class PayaraProcess {

    static final String BENCH_PREBOOT = """
            # added by the benchmark (PayaraProcess): the publisher keeps its connections for the whole run
            set configs.config.server-config.network-config.protocols.protocol.http-listener.http.max-connections=-1
            """;

    private PayaraProcess() {
    }

    /** {@code extraPreboot}: more asadmin {@code set} commands after the project's and the bench's (to try settings). */
    static ServerProcess start(String name, Path microJar, Path preboot, Path base, Path war, int port,
            List<String> jvmFlags, List<String> extraPreboot) throws Exception {
        Path root = base.resolve("root");
        Path commands = base.resolve("preboot.asadmin");
        prepare(base, preboot, commands, extraPreboot);
        Path log = base.resolve("console.log");
        List<String> command = new ArrayList<>();
        command.add(ServerJvm.java());
        command.addAll(jvmFlags);
        command.addAll(List.of("-jar", microJar.toString(), "--nohazelcast", "--rootdir", root.toString(),
                "--prebootcommandfile", commands.toString(), "--port", Integer.toString(port),
                "--contextroot", "/", "--deploy", war.toString()));
        Process process = ServerJvm.start(command, base, log);
        InetSocketAddress address = new InetSocketAddress("127.0.0.1", port);
        ServerJvm.awaitReady(process, address, 180, log);
        return new ServerProcess(process, new Target(name, address, process.pid()));
    }

    private static void prepare(Path base, Path preboot, Path commands, List<String> extraPreboot) throws IOException {
        TomcatProcess.deleteTree(base);
        Files.createDirectories(base);
        StringBuilder all = new StringBuilder(Files.readString(preboot, StandardCharsets.UTF_8)).append('\n')
                .append(BENCH_PREBOOT);
        extraPreboot.forEach(line -> all.append(line).append('\n'));
        Files.writeString(commands, all.toString(), StandardCharsets.UTF_8);
    }
}
