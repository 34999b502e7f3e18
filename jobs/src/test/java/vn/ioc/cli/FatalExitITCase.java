package vn.ioc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.ioc.clickhouse.ClickHouseConfig;
import vn.ioc.generate.FeedGenerator;
import vn.ioc.testing.TestClickHouse;

/** An unrecoverable error ends ./ioc with a non-zero status instead of leaving a process that never returns. */
class FatalExitITCase {

    @Test
    void tooLittleMemoryForARunExitsNonZero(@TempDir Path feeds, @TempDir Path home) throws Exception {
        new FeedGenerator(FeedGenerator.DEFAULT_PROFILE, 0.002, 2023).generate(feeds);
        ClickHouseConfig ch = TestClickHouse.migratedDatabase("fatal_exit");
        Path log = home.resolve("out.log");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                // the heap and direct memory ./ioc would be given on a too small machine; Flink cannot allocate its
                // network buffers and throws an OutOfMemoryError in the main thread
                "-Xmx40m", "-XX:+ExitOnOutOfMemoryError"));
        // the module openings ./ioc passes, as this JVM got them
        ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(a -> a.startsWith("--add-opens")).forEach(command::add);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), "vn.ioc.cli.Ioc", "run", "--feeds",
                feeds.toString()));
        ProcessBuilder pb = new ProcessBuilder(command)
                .directory(home.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        pb.environment().put("CLICKHOUSE_URL", ch.url());
        pb.environment().put("CLICKHOUSE_DATABASE", ch.database());
        // a run refuses to start without a pseudonym key: give it one, so that what ends it is the memory
        pb.environment().put("IOC_PSEUDONYM_KEY", "fatal-exit-test-key-0123456789");
        Process p = pb.start();
        boolean ended = p.waitFor(120, TimeUnit.SECONDS);
        if (!ended) {
            p.destroyForcibly();
        }
        assertTrue(ended, "the process ended by itself: " + Files.readString(log));
        assertEquals(Ioc.FATAL, p.exitValue(), Files.readString(log));
    }
}
