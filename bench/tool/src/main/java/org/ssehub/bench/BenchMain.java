package org.ssehub.bench;

import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.ssehub.bench.profile.HotMethods;
import org.ssehub.bench.reference.NioReferenceServer;
import org.ssehub.bench.run.CompareCommand;

/**
 * {@code java -jar sse-bench.jar compare|reference|hot-methods [--option value ...]}; see BENCHMARKS.md.
 */
public final class BenchMain {

    private BenchMain() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            System.err.println("usage: compare [options] | reference [--port N] | hot-methods FILE.jfr [--top N]");
            System.exit(2);
        }
        Map<String, String> options = options(Arrays.copyOfRange(args, 1, args.length));
        switch (args[0]) {
            case "compare" -> System.exit(CompareCommand.run(options));
            case "reference" -> reference(options);
            case "hot-methods" -> HotMethods.print(Path.of(options.get("file")),
                    Integer.parseInt(options.getOrDefault("top", "25")), System.out);
            default -> {
                System.err.println("unknown command " + args[0]);
                System.exit(2);
            }
        }
    }

    /** {@code --name value} pairs; a bare first argument is {@code file}. */
    static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        List<String> list = List.of(args);
        for (int i = 0; i < list.size(); i++) {
            String arg = list.get(i);
            if (arg.startsWith("--")) {
                boolean hasValue = i + 1 < list.size() && !list.get(i + 1).startsWith("--");
                options.put(arg.substring(2), hasValue ? list.get(++i) : "true");
            } else {
                options.put("file", arg);
            }
        }
        return options;
    }

    private static void reference(Map<String, String> options) throws Exception {
        int port = Integer.parseInt(options.getOrDefault("port", "47010"));
        long backlog = Long.parseLong(options.getOrDefault("max-backlog",
                Long.toString(NioReferenceServer.DEFAULT_MAX_BACKLOG)));
        NioReferenceServer server = NioReferenceServer.start(new InetSocketAddress("127.0.0.1", port), backlog);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                server.close();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            stopped.countDown();
        }, "reference-shutdown"));
        System.out.println("reference server on 127.0.0.1:" + server.port());
        stopped.await();
    }
}
