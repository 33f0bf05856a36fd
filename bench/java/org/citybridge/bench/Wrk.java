package org.citybridge.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One run of {@code wrk -t2 --latency} with a browser's User-Agent (so that the bot filter counts article views), and
 * what it printed: requests, throughput, p50 and p99, errors.
 */
record Wrk(long requests, double seconds, double requestsPerSecond, String p50, String p99, long errors, String raw,
          long serverCpuNanos) {

    static final String BROWSER = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Safari/537.36";

    static Wrk run(String url, int connections, int seconds) throws IOException, InterruptedException {
        return run(url, List.of(), connections, seconds);
    }

    /**
     * Against {@code base}, each connection asking for {@code paths} in turn (a Lua script; wrk's two threads start
     * half-way round from each other), or for {@code base} alone when there are none.
     */
    static Wrk run(String base, List<String> paths, int connections, int seconds) throws IOException, InterruptedException {
        return run(base, paths, connections, seconds, null);
    }

    /** As {@link #run(String, List, int, int)}, also taking the CPU time {@code server} used during the run. */
    static Wrk run(String base, List<String> paths, int connections, int seconds, ProcessHandle server)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("wrk", "-t2", "-c" + connections, "-d" + seconds + "s", "--latency",
                "-H", "User-Agent: " + BROWSER));
        if (!paths.isEmpty()) {
            Path script = Files.createTempFile("wrk-paths", ".lua");
            Files.writeString(script, """
                    local paths = {%s}
                    local threads = 0
                    local i = 0
                    -- each of the two threads starts half-way round from the other, so that they do not ask for the
                    -- same path at the same moment (and one be served what the other's request just rendered)
                    setup = function(thread)
                      thread:set("id", threads)
                      threads = threads + 1
                    end
                    init = function(args)
                      i = id * math.floor(#paths / 2)
                    end
                    request = function()
                      i = i + 1
                      return wrk.format("GET", paths[(i %% #paths) + 1])
                    end
                    """.formatted(paths.stream().map(p -> "\"" + p + "\"").collect(Collectors.joining(", "))));
            command.addAll(List.of("-s", script.toString()));
        }
        command.add(base);
        long cpuBefore = server == null ? 0 : CpuTime.nanos(server);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(seconds + 30L, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IllegalStateException("wrk failed: " + output);
        }
        Matcher total = Pattern.compile("(\\d+) requests in ([\\d.]+)(ms|s|m)").matcher(output);
        Matcher rate = Pattern.compile("Requests/sec:\\s+([\\d.]+)").matcher(output);
        Matcher p50 = Pattern.compile("\\s50%\\s+(\\S+)").matcher(output);
        Matcher p99 = Pattern.compile("\\s99%\\s+(\\S+)").matcher(output);
        Matcher non2xx = Pattern.compile("Non-2xx or 3xx responses: (\\d+)").matcher(output);
        Matcher socketErrors = Pattern.compile("Socket errors: connect (\\d+), read (\\d+), write (\\d+), timeout (\\d+)").matcher(output);
        if (!total.find() || !rate.find() || !p50.find() || !p99.find()) {
            throw new IllegalStateException("cannot read wrk's output: " + output);
        }
        long errors = non2xx.find() ? Long.parseLong(non2xx.group(1)) : 0;
        if (socketErrors.find()) {
            for (int g = 1; g <= 4; g++) {
                errors += Long.parseLong(socketErrors.group(g));
            }
        }
        long cpu = server == null ? -1 : CpuTime.nanos(server) - cpuBefore;
        double secs = Double.parseDouble(total.group(2)) * switch (total.group(3)) {
            case "ms" -> 0.001;
            case "m" -> 60;
            default -> 1;
        };
        return new Wrk(Long.parseLong(total.group(1)), secs, Double.parseDouble(rate.group(1)), p50.group(1), p99.group(1),
                errors, output, cpu);
    }

    /** Microseconds of the server's CPU per response, or NaN when not measured. */
    double cpuMicrosPerResponse() {
        return serverCpuNanos < 0 || requests == 0 ? Double.NaN : serverCpuNanos / 1000.0 / requests;
    }

    /** p99 in milliseconds, from wrk's text (us, ms or s). */
    double p99Millis() {
        Matcher value = Pattern.compile("([\\d.]+)(us|ms|s|m)").matcher(p99);
        if (!value.matches()) {
            throw new IllegalStateException("cannot read p99 " + p99);
        }
        double number = Double.parseDouble(value.group(1));
        return switch (value.group(2)) {
            case "us" -> number / 1000;
            case "ms" -> number;
            case "s" -> number * 1000;
            default -> number * 60_000;
        };
    }
}
