package org.ssehub.bench.proc;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The server's side of loopback TCP connections, from {@code /proc/net/tcp} and {@code /proc/net/tcp6}.
 * A stalled client never reads, so it cannot see a close; the server's socket state can: it leaves
 * ESTABLISHED (to FIN_WAIT1 while unsent data is stuck, or disappears after a reset) once the server cuts it off.
 */
public final class TcpTable {

    /** The ESTABLISHED state code of /proc/net/tcp. */
    public static final int ESTABLISHED = 0x01;

    private TcpTable() {
    }

    /**
     * Maps the client's port to the state of the server's socket, for every connection whose local port is
     * {@code serverPort}.
     */
    public static Map<Integer, Integer> serverSideStates(int serverPort) {
        Map<Integer, Integer> states = new HashMap<>();
        for (String file : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
            try {
                List<String> lines = Files.readAllLines(Path.of(file));
                for (int i = 1; i < lines.size(); i++) {
                    String[] f = lines.get(i).trim().split("\\s+");
                    int localPort = port(f[1]);
                    if (localPort == serverPort) {
                        states.put(port(f[2]), Integer.parseInt(f[3], 16));
                    }
                }
            } catch (IOException | RuntimeException e) {
                // no IPv6 table, or a line changed under us: use what was read
            }
        }
        return states;
    }

    private static int port(String addressAndPort) {
        return Integer.parseInt(addressAndPort.substring(addressAndPort.indexOf(':') + 1), 16);
    }
}
