package org.ssehub.bench.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.ssehub.bench.scenario.BurstScenario;
import org.ssehub.bench.scenario.FanOutSettings;
import org.ssehub.bench.scenario.IdleScenario;
import org.ssehub.bench.scenario.SteadySettings;

/** {@code compare}: parses the options, runs the {@link Comparison}, prints and saves the report. */
public final class CompareCommand {

    private CompareCommand() {
    }

    private static FanOutSettings fanOut(boolean quick, String subscribers) {
        FanOutSettings settings = quick ? new FanOutSettings(List.of(50, 200), 2_000, 2, 20_000, Duration.ofSeconds(2), 64)
                : FanOutSettings.standard();
        if (subscribers == null) {
            return settings;
        }
        List<Integer> counts = Arrays.stream(subscribers.split(",")).map(Integer::valueOf).toList();
        return new FanOutSettings(counts, settings.startRate(), settings.factor(), settings.maxRate(), settings.step(),
                settings.payloadBytes());
    }

    /** {@code --idle-levels 10000}: A at other levels (to try a setting at one level, say). */
    static List<Integer> idleLevels(boolean quick, String levels) {
        if (levels == null) {
            return quick ? List.of(200, 500) : IdleScenario.standardLevels();
        }
        List<Integer> counts = Arrays.stream(levels.split(",")).map(l -> Integer.valueOf(l.trim())).toList();
        if (counts.stream().anyMatch(c -> c < 1)) {
            throw new IllegalArgumentException("--idle-levels takes positive counts: " + levels);
        }
        return counts;
    }

    /** Returns the process exit code: 0 when every server ran (targets missed are reported, not failures). */
    public static int run(Map<String, String> args) throws InterruptedException, IOException {
        boolean quick = args.containsKey("quick");
        Path work = Path.of(args.getOrDefault("work", "target/compare")).toAbsolutePath();
        Files.createDirectories(work);
        List<String> targets = ComparisonOptions.parseTargets(args.getOrDefault("targets", "nio,hub,hub-rs,naive"));
        EeServers ee = EeServers.parse(args);
        ee.check(targets);
        Floor floor = Floor.parse(args);
        floor.check(targets);
        // refuses an unknown collector or heap size before any server starts
        ServerJvm.flags(args.getOrDefault("gc", "serial"), args.getOrDefault("xms", "64m"), args.getOrDefault("jvm", ""));
        int[] burst = BurstScenario.parse(args.getOrDefault("burst", quick ? "400@200" : "10000@2000"));
        ComparisonOptions options = new ComparisonOptions(
                targets,
                args.getOrDefault("scenarios", "ABCDF").chars().mapToObj(c -> (char) c).collect(Collectors.toSet()),
                Path.of(args.getOrDefault("hub-war", "../target/sse-hub.war")).toAbsolutePath(),
                Path.of(args.getOrDefault("naive-war", "naive/target/naive.war")).toAbsolutePath(),
                Path.of(args.getOrDefault("tomcat-home", "tool/target/tomcat/apache-tomcat-10.1.48")).toAbsolutePath(),
                work,
                Integer.parseInt(args.getOrDefault("client-threads", "2")),
                new LinkedHashSet<>(Arrays.asList(args.getOrDefault("jfr", "").split(","))),
                idleLevels(quick, args.get("idle-levels")),
                fanOut(quick, args.get("subscribers")),
                quick ? new SteadySettings("C latency", 200, 50, 64, 2, Duration.ofSeconds(2), 0)
                        : SteadySettings.latency(),
                quick ? new SteadySettings("D stalled", 200, 50, 1_024, 2, Duration.ofSeconds(2), 2)
                        : SteadySettings.stalled(),
                args.getOrDefault("connector", ""),
                TwoNodeOptions.parse(args.getOrDefault("repeat", "1"), args.getOrDefault("hub-port", "47080"),
                        args.getOrDefault("hub2-ports", "47082,47083"), args.getOrDefault("redis-port", "0"),
                        args.containsKey("subscribers") || quick ? fanOut(quick, args.get("subscribers")).subscriberCounts()
                                : List.of(1_000)),
                ee, floor, burst[0], burst[1], args.getOrDefault("gc", "serial"),
                args.getOrDefault("xms", "64m"), args.getOrDefault("jvm", ""));
        Instant started = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        String before = MachineInfo.loadAverage();
        List<TargetReport> reports = new Comparison(options, System.out).run();
        String table = ReportTable.render(reports, options);
        String header = "Run " + started + " - " + Instant.now().truncatedTo(ChronoUnit.SECONDS) + "\n\n"
                + MachineInfo.describe() + "\nLoad average at start: " + before + ", at end: "
                + MachineInfo.loadAverage() + "\n\nCommand: compare " + args.entrySet().stream()
                        .map(e -> "--" + e.getKey() + " " + e.getValue()).sorted().collect(Collectors.joining(" "))
                + "\nServer JVM flags: " + String.join(" ", options.serverFlags()) + "\n\n";
        Path out = work.resolve("results.md");
        Files.writeString(out, header + table);
        System.out.println();
        System.out.print(header + table);
        System.out.println("\n(saved to " + out + ")");
        Set<String> failed = reports.stream().filter(r -> r.error != null).map(r -> r.name).collect(Collectors.toSet());
        return failed.isEmpty() ? 0 : 1;
    }
}
