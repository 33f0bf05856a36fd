package org.citybridge.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/** A throw-away nginx serving one folder on a free loopback port: the baseline every page is compared with. */
final class Nginx implements AutoCloseable {

    private final Process process;
    final int port;

    Nginx(Path root) throws IOException, InterruptedException {
        this("""
                    server {
                        listen 127.0.0.1:%d;
                        root %s;
                    }
                """, root.toAbsolutePath());
    }

    /**
     * nginx as the documented deployment's proxy (docs/deploy/nginx: HTTP/1.1 and kept connections to the instances,
     * forwarded headers, the next instance on an error) in front of the instances on these ports.
     */
    static Nginx proxy(List<Integer> instancePorts) throws IOException, InterruptedException {
        String servers = instancePorts.stream().map(port -> "server 127.0.0.1:" + port + ";").collect(Collectors.joining(" "));
        return new Nginx("""
                    upstream citybridge { %s keepalive 64; }
                    server {
                        listen 127.0.0.1:%%d;
                        location / {
                            proxy_pass http://citybridge;
                            proxy_http_version 1.1;
                            proxy_set_header Connection "";
                            proxy_set_header Host $host;
                            proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
                            proxy_next_upstream error timeout http_502 http_503;
                        }
                    }
                """.formatted(servers), null);
    }

    /** {@code server} is the server block, with {@code %d} for the port and, when {@code root} is given, {@code %s} for it. */
    private Nginx(String server, Path root) throws IOException, InterruptedException {
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Path prefix = Files.createTempDirectory("bench-nginx");
        Files.createDirectories(prefix.resolve("logs"));
        Path conf = prefix.resolve("nginx.conf");
        Files.writeString(conf, """
                worker_processes 1;
                daemon off;
                error_log %1$s/logs/error.log;
                pid %1$s/nginx.pid;
                events { worker_connections 1024; }
                http {
                    access_log off;
                    sendfile on;
                    keepalive_requests 100000;
                    types { text/html html; application/json json; }
                %2$s
                }
                """.formatted(prefix, root == null ? server.formatted(port) : server.formatted(port, root)));
        process = new ProcessBuilder("nginx", "-p", prefix.toString(), "-c", conf.toString())
                .redirectErrorStream(true).redirectOutput(prefix.resolve("logs/out.log").toFile()).start();
        for (int i = 0; i < 50; i++) {
            try (var ignored = new java.net.Socket("127.0.0.1", port)) {
                return;
            } catch (IOException notYet) {
                Thread.sleep(100);
            }
        }
        throw new IllegalStateException("nginx did not start; see " + prefix.resolve("logs"));
    }

    ProcessHandle process() {
        return process.toHandle();
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        process.waitFor(5, TimeUnit.SECONDS);
    }
}
