package org.ssehub.redis;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.concurrent.ThreadLocalRandom;

/** Finds loopback ports nothing listens on; a cluster node also needs its bus port (port + 10000) free. */
final class LoopbackPorts {

    private LoopbackPorts() {
    }

    /**
     * A free port {@code p} with {@code p + busOffset} free too (0 = no second port), below the kernel's
     * ephemeral range (32768 on) and never one of the x8005 / x8080-x8099 ports the project's servers use.
     */
    static int free(int busOffset) {
        for (int attempt = 0; attempt < 200; attempt++) {
            int port = ThreadLocalRandom.current().nextInt(20_000, 32_000);
            if (port % 1000 < 100 || port % 10_000 >= 8000 && port % 10_000 < 8100) {
                continue; // leave x8005, x8080-x8091 and round numbers to servers people start by hand
            }
            if (isFree(port) && (busOffset == 0 || isFree(port + busOffset))) {
                return port;
            }
        }
        throw new IllegalStateException("no free loopback port found");
    }

    private static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(false);
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
