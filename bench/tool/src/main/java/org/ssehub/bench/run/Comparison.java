package org.ssehub.bench.run;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.ssehub.bench.scenario.BurstScenario;
import org.ssehub.bench.scenario.FanOutScenario;
import org.ssehub.bench.scenario.IdleScenario;
import org.ssehub.bench.scenario.SteadyScenario;
import org.ssehub.bench.scenario.Target;

/**
 * Runs the scenarios against each server in turn, one server alive at a time so each has the box (and its
 * fd budget) to itself: A on a fresh server process (RSS per connection is read before anything else grew
 * its heap), F (a burst of arrivals) on another, then C, D and B on a third.
 */
final class Comparison {

    private final ComparisonOptions options;
    private final PrintStream progress;
    private volatile ServerUnderTest current;

    Comparison(ComparisonOptions options, PrintStream progress) {
        this.options = options;
        this.progress = progress;
    }

    List<TargetReport> run() throws InterruptedException {
        Thread stopOnExit = new Thread(this::stopCurrent, "stop-server-under-test");
        Runtime.getRuntime().addShutdownHook(stopOnExit);
        try {
            List<TargetReport> reports = new ArrayList<>();
            for (String name : options.targets()) {
                reports.add(runTarget(name));
            }
            return reports;
        } finally {
            Runtime.getRuntime().removeShutdownHook(stopOnExit);
        }
    }

    /**
     * A on a fresh server, then C, D and B on another fresh one: 19k clients that vanish at once leave a
     * server (the naive one above all) busy finding them, which is not what C, D and B measure.
     */
    private TargetReport runTarget(String name) throws InterruptedException {
        TargetReport report = new TargetReport(name);
        if (TwoNodeRun.isTwoNode(name)) {
            if (options.scenarios().contains('E')) {
                new TwoNodeRun(options, progress).run(report, this::withServer);
            }
            return report;
        }
        if (options.scenarios().contains('A')) {
            withServer(name, report, server -> runIdle(server.target(), report));
        }
        if (options.scenarios().contains('F')) {
            withServer(name, report, server -> runBurst(server.target(), report));
        }
        if (Floor.isFloor(name)) {
            return report; // the floor sends no events: nothing for B, C, D to measure
        }
        if (options.scenarios().stream().anyMatch(s -> s == 'B' || s == 'C' || s == 'D')) {
            withServer(name, report, server -> runLoad(server.target(), report));
        }
        return report;
    }

    /** What runs against a started server (or deployment). */
    interface ScenarioRun {
        void run(ServerUnderTest server) throws InterruptedException;
    }

    /** Starts {@code name}, runs {@code scenarios} against it, stops it; a failure is recorded in {@code report}. */
    void withServer(String name, TargetReport report, ScenarioRun scenarios) throws InterruptedException {
        progress.printf("== %s: starting%n", name);
        try (ServerUnderTest server = start(name)) {
            current = server;
            scenarios.run(server);
        } catch (InterruptedException e) {
            throw e;
        } catch (Exception e) {
            report.error = e.toString();
            progress.printf("== %s: failed: %s%n", name, e);
        } finally {
            current = null;
        }
    }

    /** Ctrl-C or SIGTERM of the runner: stop the server it started, so no JVM is left behind. */
    private void stopCurrent() {
        ServerUnderTest server = current;
        if (server != null) {
            try {
                server.close();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private ServerUnderTest start(String name) throws Exception {
        if (TwoNodeRun.isTwoNode(name)) {
            return HubCluster.start(name, options, options.twoNode(), options.serverFlags());
        }
        int port = options.port(name);
        Path work = options.workDir().resolve(name);
        List<String> flags = new ArrayList<>(options.serverFlags());
        if (options.jfrTargets().contains(name)) {
            flags.add("-XX:StartFlightRecording=filename=" + options.workDir().resolve(name + ".jfr")
                    + ",settings=profile,dumponexit=true");
        }
        if (name.equals("nio")) {
            return ReferenceServerProcess.start(port, work, flags);
        }
        return WarServers.start(name, name, options, work, port, flags);
    }

    private void runIdle(Target target, TargetReport report) throws InterruptedException {
        report.idle.addAll(new IdleScenario(target, options.idleLevels(), Duration.ofSeconds(5),
                options.clientThreads(), options.workDir()).run());
        report.idle.forEach(level -> progress.printf("   %s A: %s%n", target.name(), ReportTable.idleLine(level)));
    }

    private void runBurst(Target target, TargetReport report) throws InterruptedException {
        report.burst = new BurstScenario(target, options.burstArrivals(), options.burstPerSecond(), options.clientThreads()).run();
        progress.printf("   %s F: %s%n", target.name(), ReportTable.burstLine(report.burst));
    }

    private void runLoad(Target target, TargetReport report) throws InterruptedException {
        int threads = options.clientThreads();
        if (options.scenarios().contains('C')) {
            report.latency = new SteadyScenario(target, options.latency(), threads).run();
            progress.printf("   %s C: %s%n", target.name(), ReportTable.steadyLine(report.latency));
        }
        if (options.scenarios().contains('D')) {
            report.stalled = new SteadyScenario(target, options.stalled(), threads).run();
            progress.printf("   %s D: %s%n", target.name(), ReportTable.steadyLine(report.stalled));
        }
        if (options.scenarios().contains('B')) {
            FanOutScenario fanOut = new FanOutScenario(target, options.fanOut(), threads);
            for (int subscribers : options.fanOut().subscriberCounts()) {
                report.fanOut.add(fanOut.run(subscribers));
                progress.printf("   %s B %d: %s%n", target.name(), subscribers,
                        ReportTable.fanOutLine(report.fanOut(subscribers)));
            }
        }
    }
}
