package vn.ioc.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clickhouse.client.api.Client;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.ioc.clickhouse.ClickHouseClients;
import vn.ioc.clickhouse.ClickHouseConfig;
import vn.ioc.generate.FeedGenerator;
import vn.ioc.testing.IocProcess;
import vn.ioc.testing.TestClickHouse;

/**
 * {@code ./ioc run} killed with {@code kill -9} in the middle of a backfill, then {@code ./ioc run --resume}: the
 * run continues from the latest checkpoint of its own database and input, ends with exactly the rows of a run that
 * never crashed, and removes its checkpoints. A checkpoint another database left behind is refused.
 */
class ResumeITCase {

    @Test
    void crashThenResumeGivesTheCleanRunsRowsAndForeignCheckpointsAreRefused(@TempDir Path home,
            @TempDir Path feeds) throws Exception {
        new FeedGenerator(FeedGenerator.DEFAULT_PROFILE, 0.02, 2023).generate(feeds, null);
        ClickHouseConfig clean = TestClickHouse.migratedDatabase("resume_clean");
        ClickHouseConfig crashed = TestClickHouse.migratedDatabase("resume_crashed");
        ClickHouseConfig other = TestClickHouse.migratedDatabase("resume_other");

        assertEquals(0, ioc(home, "clean", "run", "--feeds", feeds.toString(), "--database", clean.database(),
                "--parallelism", "2"));

        Process run = start(home, "crashed", "run", "--feeds", feeds.toString(), "--database", crashed.database(),
                "--parallelism", "2", "--checkpoint-interval", "200ms");
        RunCheckpoints ours = RunCheckpoints.under(home.resolve(".ioc/checkpoints"), crashed.database(),
                "files:" + feeds.toAbsolutePath());
        Optional<Path> checkpoint = Optional.empty();
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        while (checkpoint.isEmpty() && run.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(50);
            checkpoint = ours.latest();
        }
        assertTrue(run.isAlive(), "the run ended before its first checkpoint:\n" + log(home, "crashed"));
        run.destroyForcibly().waitFor();   // SIGKILL: no shutdown hook, no clean-up
        assertTrue(checkpoint.isPresent());
        assertTrue(log(home, "crashed").contains("checkpoints in " + ours.dir()), "job id and directory printed");

        // another database's run may not take it, nor resume what it never wrote
        assertEquals(2, ioc(home, "foreign", "run", "--feeds", feeds.toString(), "--database", other.database(),
                "--savepoint", ours.latest().orElseThrow().toString()));
        assertTrue(log(home, "foreign").contains("belong to database " + crashed.database()), log(home, "foreign"));
        assertEquals(2, ioc(home, "nothing", "run", "--feeds", feeds.toString(), "--database", other.database(),
                "--resume"));
        assertTrue(log(home, "nothing").contains("nothing to resume"), log(home, "nothing"));

        assertEquals(0, ioc(home, "resumed", "run", "--feeds", feeds.toString(), "--database", crashed.database(),
                "--parallelism", "2", "--resume"));
        assertTrue(log(home, "resumed").contains("resuming from " + ours.dir()), log(home, "resumed"));
        assertFalse(Files.exists(ours.dir()), "a finished run removes its checkpoints");

        try (Client client = ClickHouseClients.open(clean)) {
            assertEquals(FeedsJobITCase.snapshotOfViews(client, clean.database()),
                    FeedsJobITCase.snapshotOfViews(client, crashed.database()));
            assertEquals(0, Long.parseLong(FeedsJobITCase.tsv(client, "SELECT count() FROM "
                    + other.database() + ".dossiers")), "refused runs wrote nothing");
        }
    }

    private static int ioc(Path home, String name, String... args) throws Exception {
        Process p = start(home, name, args);
        assertTrue(p.waitFor(5, TimeUnit.MINUTES), "./ioc " + String.join(" ", args) + " did not end");
        return p.exitValue();
    }

    private static Process start(Path home, String name, String... args) throws Exception {
        return IocProcess.start(home, Map.of("IOC_PSEUDONYM_KEY", "resume-test-key-0123456789"),
                home.resolve(name + ".log"), args);
    }

    private static String log(Path home, String name) throws Exception {
        return Files.readString(home.resolve(name + ".log"), StandardCharsets.UTF_8);
    }
}
