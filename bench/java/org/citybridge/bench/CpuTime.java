package org.citybridge.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * The CPU time (user and system) a server process and its children (the embedded PostgreSQL, nginx's worker) have used,
 * read from {@code /proc}: what a response costs the server, a figure that holds on a machine busy with other work,
 * where throughput and latency do not.
 */
final class CpuTime {

    /** Linux counts {@code /proc} times in clock ticks of 1/100 s on every common configuration. */
    private static final long NANOS_PER_TICK = 10_000_000L;

    private CpuTime() {
    }

    static long nanos(ProcessHandle server) {
        return Stream.concat(Stream.of(server), server.descendants()).mapToLong(CpuTime::ownNanos).sum();
    }

    private static long ownNanos(ProcessHandle process) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(process.pid()), "stat"));
            // the command name, in parentheses, may hold spaces: the fields are counted from its closing one
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * NANOS_PER_TICK;
        } catch (IOException | RuntimeException gone) {
            return 0;
        }
    }
}
