package org.citybridge.platform.proxy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * HTTP/1.0 GETs over a socket bound to a chosen loopback address (127.0.0.0/8 is all local on Linux), so that a test
 * can be a client other than the proxy; java.net.http cannot choose its local address on Java 17.
 */
final class RawHttp {

    private RawHttp() {
    }

    record Response(int status, List<String> headerLines, String body) {

        List<String> headers(String name) {
            String prefix = name.toLowerCase() + ":";
            return headerLines.stream().filter(line -> line.toLowerCase().startsWith(prefix))
                    .map(line -> line.substring(prefix.length()).strip()).toList();
        }
    }

    static Response get(String from, int port, String path, Map<String, String> headers) throws IOException {
        try (Socket socket = new Socket(InetAddress.getByName("127.0.0.1"), port, InetAddress.getByName(from), 0)) {
            socket.setSoTimeout(30_000);
            StringBuilder request = new StringBuilder("GET " + path + " HTTP/1.0\r\nHost: 127.0.0.1:" + port + "\r\n");
            headers.forEach((name, value) -> request.append(name).append(": ").append(value).append("\r\n"));
            request.append("\r\n");
            OutputStream out = socket.getOutputStream();
            out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            return parse(readAll(socket.getInputStream()));
        }
    }

    private static String readAll(InputStream in) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        in.transferTo(bytes);
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static Response parse(String raw) {
        int end = raw.indexOf("\r\n\r\n");
        String head = end < 0 ? raw : raw.substring(0, end);
        String[] lines = head.split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        List<String> headerLines = new ArrayList<>(List.of(lines).subList(1, lines.length));
        return new Response(status, headerLines, end < 0 ? "" : raw.substring(end + 4));
    }
}
