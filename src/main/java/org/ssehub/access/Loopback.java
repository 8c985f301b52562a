package org.ssehub.access;

import java.net.InetAddress;
import java.net.UnknownHostException;

/** Whether a peer address is loopback; only literal addresses count, a name is never resolved. */
final class Loopback {

    private Loopback() {
    }

    static boolean is(String address) {
        if (address == null || address.isEmpty()) {
            return false;
        }
        String literal = address.startsWith("[") && address.endsWith("]") ? address.substring(1, address.length() - 1) : address;
        if (!literal.matches("[0-9a-fA-F:.%]+")) {
            return false;
        }
        try {
            return InetAddress.getByName(literal).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
