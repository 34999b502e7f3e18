package vn.ioc.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Peak resident memory of a process, from Linux's /proc: VmHWM, the high-water mark, which a write of "5" to
 * clear_refs resets so that a measurement covers one stage only.
 */
final class Rss {
    private Rss() {}

    /** Peak RSS in bytes, or null when the process or /proc is not there. */
    static Long peakBytes(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
                }
            }
        } catch (IOException | NumberFormatException e) {
            return null;
        }
        return null;
    }

    static void resetPeak(long pid) {
        try {
            Files.writeString(Path.of("/proc", String.valueOf(pid), "clear_refs"), "5");
        } catch (IOException e) {
            // not permitted or not Linux: the peak then covers the process's whole life, which the file says
        }
    }

    static long self() {
        return ProcessHandle.current().pid();
    }
}
