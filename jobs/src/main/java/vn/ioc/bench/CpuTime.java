package vn.ioc.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * CPU time a process has used, user and system, from Linux's /proc/PID/stat: on two shared cores a stage's wall time
 * says little, its CPU seconds (the JVM's and ClickHouse's) say what the work cost.
 */
final class CpuTime {
    /** USER_HZ: the unit of /proc's times, 100 on every Linux platform Java runs on. */
    private static final double TICKS_PER_SECOND = 100.0;

    private CpuTime() {}

    /** CPU seconds used so far, or null when the process or /proc is not there. */
    static Double seconds(Long pid) {
        if (pid == null) {
            return null;
        }
        try {
            String stat = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
            // the command name (field 2) may hold spaces: fields are counted after its closing parenthesis
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            // utime and stime are fields 14 and 15 of the line, 12 and 13 after the name
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / TICKS_PER_SECOND;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** CPU seconds of a process between two readings; null when either is missing. */
    static Double between(Double before, Double after) {
        return before == null || after == null ? null : after - before;
    }
}
