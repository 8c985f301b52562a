package org.ssehub.it.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The server's side of loopback connections, as the kernel lists them in {@code /proc/net/tcp} and
 * {@code tcp6}: the server under test runs on this machine, in this JVM or beside it.
 */
public final class ServerSockets {

    private static final String ESTABLISHED = "01";
    private static final String CLOSE_WAIT = "08";

    private ServerSockets() {
    }

    /**
     * Sockets still open on the server's port towards any of these client ports: established, or
     * closed by the client and not yet by the server ({@code CLOSE_WAIT}). Each as "port STATE".
     */
    public static List<String> openTowards(int serverPort, Set<Integer> clientPorts) {
        List<String> open = new ArrayList<>();
        for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
            Path path = Path.of(table);
            if (!Files.isReadable(path)) {
                continue;
            }
            List<String> lines;
            try {
                lines = Files.readAllLines(path);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            for (String line : lines.subList(1, lines.size())) {
                String[] f = line.trim().split("\\s+");
                int local = port(f[1]);
                int remote = port(f[2]);
                String state = f[3];
                if (local == serverPort && clientPorts.contains(remote) && (ESTABLISHED.equals(state) || CLOSE_WAIT.equals(state))) {
                    open.add(remote + (CLOSE_WAIT.equals(state) ? " CLOSE_WAIT" : " ESTABLISHED"));
                }
            }
        }
        return open;
    }

    private static int port(String address) {
        return Integer.parseInt(address.substring(address.indexOf(':') + 1), 16);
    }
}
