package vn.ioc.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Whose checkpoints are whose, which is the latest, and what a run may resume from. */
class RunCheckpointsTest {

    @Test
    void eachDatabaseAndInputHasItsOwnDirectory(@TempDir Path root) {
        RunCheckpoints a = RunCheckpoints.under(root, "ioc", "files:/data/feeds");
        assertEquals(a.dir(), RunCheckpoints.under(root, "ioc", "files:/data/feeds").dir());
        assertNotEquals(a.dir(), RunCheckpoints.under(root, "ioc_demo", "files:/data/feeds").dir());
        assertNotEquals(a.dir(), RunCheckpoints.under(root, "ioc", "files:/data/replay").dir());
        assertTrue(a.dir().startsWith(root.resolve("ioc")));
        assertThrows(IllegalArgumentException.class, () -> RunCheckpoints.under(root, "../etc", "files:/x"));
    }

    @Test
    void theLatestIsTheNewestCompletedCheckpointOfAnyRun(@TempDir Path root) throws Exception {
        RunCheckpoints ours = RunCheckpoints.under(root, "ioc", "files:/data/feeds");
        ours.claim();
        assertEquals(Optional.empty(), ours.latest());
        Path older = checkpoint(ours.dir().resolve("job-a/chk-7"), 1_000);
        Path newer = checkpoint(ours.dir().resolve("job-b/chk-2"), 2_000);
        Files.createDirectories(ours.dir().resolve("job-b/chk-3"));   // no _metadata: a crash while writing it
        assertEquals(Optional.of(newer), ours.latest());
        assertEquals(newer, RunCheckpoints.resumeFrom(ours, null));
        assertEquals(older, RunCheckpoints.resumeFrom(ours, older), "a given checkpoint of our own is taken");

        ours.cleanUp();
        assertFalse(Files.exists(ours.dir()));
        IllegalArgumentException nothing =
                assertThrows(IllegalArgumentException.class, () -> RunCheckpoints.resumeFrom(ours, null));
        assertTrue(nothing.getMessage().contains("nothing to resume"), nothing.getMessage());
    }

    @Test
    void anotherDatabasesOrInputsCheckpointIsRefused(@TempDir Path root) throws Exception {
        RunCheckpoints theirs = RunCheckpoints.under(root, "ioc_demo", "files:/demo/feeds");
        theirs.claim();
        Path foreign = checkpoint(theirs.dir().resolve("job-x/chk-4"), 1_000);
        RunCheckpoints ours = RunCheckpoints.under(root, "ioc", "files:/data/feeds");
        IllegalArgumentException refused =
                assertThrows(IllegalArgumentException.class, () -> RunCheckpoints.resumeFrom(ours, foreign));
        assertTrue(refused.getMessage().contains("belong to database ioc_demo reading files:/demo/feeds"),
                refused.getMessage());

        // a savepoint outside ioc's directories is the operator's choice
        Path savepoint = checkpoint(root.resolve("savepoints/savepoint-1a2b"), 1_000);
        assertEquals(savepoint, RunCheckpoints.resumeFrom(ours, savepoint));
    }

    private static Path checkpoint(Path dir, long modifiedMillis) throws Exception {
        Files.createDirectories(dir);
        Path metadata = Files.writeString(dir.resolve("_metadata"), "checkpoint");
        Files.setLastModifiedTime(metadata, FileTime.fromMillis(modifiedMillis));
        return dir;
    }
}
