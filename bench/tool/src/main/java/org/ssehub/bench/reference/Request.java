package org.ssehub.bench.reference;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** The parts of an HTTP request head the reference server looks at. */
record Request(String method, String path, String stream, String type, int contentLength) {

    /** Parses a complete head (up to and including the blank line). */
    static Request parse(String head) {
        String[] lines = head.split("\r\n");
        String[] requestLine = lines[0].split(" ");
        String target = requestLine.length > 1 ? requestLine[1] : "/";
        int q = target.indexOf('?');
        String path = q < 0 ? target : target.substring(0, q);
        String stream = "events";
        String type = "message";
        if (q >= 0) {
            for (String pair : target.substring(q + 1).split("&")) {
                int eq = pair.indexOf('=');
                String name = eq < 0 ? pair : pair.substring(0, eq);
                String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                if (name.equals("stream")) {
                    stream = value;
                } else if (name.equals("type")) {
                    type = value;
                }
            }
        }
        int contentLength = 0;
        for (int i = 1; i < lines.length; i++) {
            String lower = lines[i].toLowerCase(Locale.ROOT);
            if (lower.startsWith("content-length:")) {
                contentLength = Integer.parseInt(lower.substring(15).trim());
            }
        }
        return new Request(requestLine[0], path, stream, type, contentLength);
    }
}
