package io.musubi.tools;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Where the machine's CPU time went between two points of a benchmark (Linux /proc): this JVM (the app), the
 * Elasticsearch node, PostgreSQL, and idle. Used to tell which side of a ratio is waiting and which is working.
 */
public record CpuUse(double app, double elasticsearch, double postgres, double idle) {
    private static final double TICKS = 100.0; // USER_HZ on Linux

    public static CpuUse now() {
        double app = 0;
        double elasticsearch = 0;
        double postgres = 0;
        for (ProcessHandle process : ProcessHandle.allProcesses().toList()) {
            String command = process.info().commandLine().orElse("");
            double seconds = seconds(process.pid());
            if (process.pid() == ProcessHandle.current().pid()) {
                app += seconds;
            } else if (command.contains("org.elasticsearch.bootstrap.Elasticsearch")) {
                elasticsearch += seconds;
            } else if (command.contains("postgres")) {
                postgres += seconds;
            }
        }
        return new CpuUse(app, elasticsearch, postgres, idleSeconds());
    }

    public CpuUse since(CpuUse start) {
        return new CpuUse(app - start.app, elasticsearch - start.elasticsearch, postgres - start.postgres,
                idle - start.idle);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "CPU s: app %.1f, Elasticsearch %.1f, PostgreSQL %.1f, idle %.1f", app,
                elasticsearch, postgres, idle);
    }

    /** utime + stime of a process, its exited children included (PostgreSQL's backends). */
    private static double seconds(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            // after "pid (comm) ": state is field 0; utime 11, stime 12, cutime 13, cstime 14
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12]) + Long.parseLong(fields[13])
                    + Long.parseLong(fields[14])) / TICKS;
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    private static double idleSeconds() {
        try {
            String[] cpu = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            return (Long.parseLong(cpu[4]) + Long.parseLong(cpu[5])) / TICKS;
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }
}
