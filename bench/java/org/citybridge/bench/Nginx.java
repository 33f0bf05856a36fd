package org.citybridge.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** A throw-away nginx serving one folder on a free loopback port: the baseline every page is compared with. */
final class Nginx implements AutoCloseable {

    private final Process process;
    final int port;

    Nginx(Path root) throws IOException, InterruptedException {
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
                    server {
                        listen 127.0.0.1:%2$d;
                        root %3$s;
                    }
                }
                """.formatted(prefix, port, root.toAbsolutePath()));
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
