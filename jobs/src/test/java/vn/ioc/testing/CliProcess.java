package vn.ioc.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The ./ioc command line as a user runs it: a child JVM with the test's classpath and JVM options (the same as the
 * ioc script's), its own environment (CLICKHOUSE_URL, CLICKHOUSE_USER, ... are read from there, as in production) and
 * its own ioc.home, so nothing leaks from the test JVM or the developer's .ioc directory.
 */
public final class CliProcess {
    private final Path home;
    private final Map<String, String> environment;

    public CliProcess(Path home, Map<String, String> environment) {
        this.home = home;
        this.environment = environment;
    }

    /** What a command printed and how it ended. */
    public record Result(int exit, String out, String err) {
        /** The non-blank lines on stderr. */
        public List<String> errLines() {
            return err.lines().filter(l -> !l.isBlank()).toList();
        }

        @Override
        public String toString() {
            return "exit " + exit + "\n--- stdout\n" + out + "\n--- stderr\n" + err;
        }
    }

    /** A failure as a user should see it: one line on stderr saying {@code says}, and the given exit code. */
    public static void assertOneLine(Result r, int exit, String says) {
        assertEquals(exit, r.exit(), r::toString);
        assertEquals(1, r.errLines().size(), r::toString);
        assertTrue(r.err().startsWith("ioc: ") && r.err().contains(says), r::toString);
    }

    public Result run(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(a -> a.startsWith("--add-opens") || a.startsWith("-Xmx")).toList());
        command.add("-Dioc.home=" + home);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add("vn.ioc.cli.Ioc");
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        // CLICKHOUSE_* and IOC_* of the test JVM (e.g. a CI's CLICKHOUSE_URL) must not reach the command under test
        builder.environment().keySet().removeIf(k -> k.startsWith("CLICKHOUSE_") || k.startsWith("IOC_"));
        builder.environment().putAll(environment);
        Path out = Files.createTempFile(home, "out", ".txt");
        Path err = Files.createTempFile(home, "err", ".txt");
        Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!process.waitFor(10, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("ioc " + String.join(" ", args) + " did not finish in 10 minutes");
        }
        return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }
}
