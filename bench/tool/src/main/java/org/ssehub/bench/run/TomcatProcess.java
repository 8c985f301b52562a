package org.ssehub.bench.run;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.ssehub.bench.scenario.Target;

/**
 * Tomcat 10.1 or TomEE 9 from the unpacked distribution ({@code CATALINA_HOME}) with a fresh
 * {@code CATALINA_BASE} per server under test: the distribution's conf/, the benchmark's server.xml (127.0.0.1
 * only, NIO connector, maxConnections 20000, no shutdown port, unlimited keep-alive requests) and one WAR
 * deployed as ROOT. Started as a plain java process (no catalina.sh) so its pid is the JVM's.
 */
final class TomcatProcess {

    private TomcatProcess() {
    }

    /** {@code connectorAttributes}: extra Connector attributes as {@code name=value,...} (empty for none). */
    static ServerProcess start(String name, TomcatDistribution distribution, Path base, Path war, int port,
            List<String> jvmFlags, String connectorAttributes) throws Exception {
        Path catalinaHome = distribution.home();
        prepareBase(distribution, base, war, port, connectorAttributes);
        Path log = base.resolve("logs").resolve("console.log");
        List<String> command = new ArrayList<>();
        command.add(ServerJvm.java());
        command.addAll(jvmFlags);
        command.addAll(distribution.agentFlags());
        command.addAll(List.of(
                "-Djava.util.logging.config.file=" + base.resolve("conf/logging.properties"),
                "-Djava.util.logging.manager=org.apache.juli.ClassLoaderLogManager",
                "-Djava.protocol.handler.pkgs=org.apache.catalina.webresources",
                "--add-opens=java.base/java.lang=ALL-UNNAMED",
                "--add-opens=java.base/java.io=ALL-UNNAMED",
                "--add-opens=java.base/java.util=ALL-UNNAMED",
                "--add-opens=java.base/java.util.concurrent=ALL-UNNAMED",
                "--add-opens=java.rmi/sun.rmi.transport=ALL-UNNAMED",
                "-classpath", catalinaHome.resolve("bin/bootstrap.jar") + ":" + catalinaHome.resolve("bin/tomcat-juli.jar"),
                "-Dcatalina.base=" + base,
                "-Dcatalina.home=" + catalinaHome,
                "-Djava.io.tmpdir=" + base.resolve("temp"),
                "org.apache.catalina.startup.Bootstrap", "start"));
        Process process = ServerJvm.start(command, base, log);
        InetSocketAddress address = new InetSocketAddress("127.0.0.1", port);
        ServerJvm.awaitReady(process, address, 120, log);
        return new ServerProcess(process, new Target(name, address, process.pid()));
    }

    private static void prepareBase(TomcatDistribution distribution, Path base, Path war, int port,
            String connectorAttributes) throws IOException {
        deleteTree(base);
        for (String dir : List.of("conf", "logs", "temp", "webapps", "work")) {
            Files.createDirectories(base.resolve(dir));
        }
        try (Stream<Path> conf = Files.list(distribution.home().resolve("conf"))) {
            for (Path file : conf.filter(Files::isRegularFile).toList()) {
                Files.copy(file, base.resolve("conf").resolve(file.getFileName()));
            }
        }
        for (var extra : distribution.extraConf().entrySet()) {
            Files.copy(extra.getValue(), base.resolve("conf").resolve(extra.getKey()), StandardCopyOption.REPLACE_EXISTING);
        }
        try (InputStream template = TomcatProcess.class.getResourceAsStream("server.xml")) {
            String xml = new String(template.readAllBytes(), StandardCharsets.UTF_8)
                    .replace("${bench.port}", Integer.toString(port))
                    .replace("${bench.listeners}", distribution.listeners())
                    .replace("${bench.connector.extra}", xmlAttributes(connectorAttributes));
            Files.writeString(base.resolve("conf/server.xml"), xml);
        }
        Files.copy(war, base.resolve("webapps/ROOT.war"), StandardCopyOption.REPLACE_EXISTING);
    }

    private static String xmlAttributes(String nameValues) {
        StringBuilder xml = new StringBuilder();
        for (String pair : nameValues.split(",")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                xml.append(pair, 0, eq).append("=\"").append(pair.substring(eq + 1)).append("\" ");
            }
        }
        return xml.toString().trim();
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
