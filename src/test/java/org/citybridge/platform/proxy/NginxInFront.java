package org.citybridge.platform.proxy;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * A throw-away nginx on a free loopback port in front of an application port, configured as docs/deploy's site
 * forwards (client address, host, port) and saying {@code X-Forwarded-Proto: https} on port 443 as the TLS-terminating
 * site does; only the certificate is left out.
 */
final class NginxInFront implements AutoCloseable {

    static final String BINARY = "/usr/sbin/nginx";

    private final Process process;
    private final Path prefix;
    final int port;

    NginxInFront(int applicationPort) throws IOException, InterruptedException {
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        prefix = Files.createTempDirectory("proxy-nginx");
        Files.createDirectories(prefix.resolve("logs"));
        Path conf = prefix.resolve("nginx.conf");
        Files.writeString(conf, """
                worker_processes 1;
                daemon off;
                error_log %1$s/logs/error.log;
                pid %1$s/nginx.pid;
                events { worker_connections 64; }
                http {
                    access_log off;
                    client_body_temp_path %1$s/body;
                    proxy_temp_path %1$s/proxy;
                    fastcgi_temp_path %1$s/fastcgi;
                    uwsgi_temp_path %1$s/uwsgi;
                    scgi_temp_path %1$s/scgi;
                    server {
                        listen 127.0.0.1:%2$d;
                        location / {
                            proxy_pass http://127.0.0.1:%3$d;
                            proxy_set_header Host $host;
                            proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
                            proxy_set_header X-Forwarded-Proto https;
                            proxy_set_header X-Forwarded-Host $host;
                            proxy_set_header X-Forwarded-Port 443;
                        }
                    }
                }
                """.formatted(prefix, port, applicationPort));
        process = new ProcessBuilder(BINARY, "-p", prefix.toString(), "-c", conf.toString())
                .redirectErrorStream(true).redirectOutput(prefix.resolve("logs/out.log").toFile()).start();
        for (int i = 0; i < 100; i++) {
            try (Socket ignored = new Socket("127.0.0.1", port)) {
                return;
            } catch (IOException notYet) {
                if (!process.isAlive()) {
                    break;
                }
                Thread.sleep(50);
            }
        }
        throw new IllegalStateException("nginx did not start: " + Files.readString(prefix.resolve("logs/out.log"))
                + Files.readString(prefix.resolve("logs/error.log")));
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        process.waitFor(5, TimeUnit.SECONDS);
    }
}
