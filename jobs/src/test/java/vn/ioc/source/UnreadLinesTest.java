package vn.ioc.source;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UnreadLinesTest {

    private static org.apache.flink.core.fs.Path write(Path file, String text) throws Exception {
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return new org.apache.flink.core.fs.Path(file.toUri());
    }

    @Test
    void countsTheLinesBeyondWhatWasReadHalfLinesIncluded(@TempDir Path dir) throws Exception {
        String read = "{\"a\":1}\n{\"b\":2}\n";
        org.apache.flink.core.fs.Path file = write(dir.resolve("f.jsonl"), read);
        assertEquals(0, UnreadLines.unreadLines(file, read.length()));
        write(dir.resolve("f.jsonl"), read + "{\"c\":3}\n\n  \n{\"d\":");
        assertEquals(2, UnreadLines.unreadLines(file, read.length()), "one appended line and one half line");
    }

    @Test
    void aFileShorterThanWhatWasReadHasAllItsLinesUnreadAndAGoneFileNone(@TempDir Path dir) throws Exception {
        org.apache.flink.core.fs.Path file = write(dir.resolve("f.jsonl"), "{\"x\":1}\n");
        assertEquals(1, UnreadLines.unreadLines(file, 100), "truncated and written again");
        Files.delete(dir.resolve("f.jsonl"));
        assertEquals(0, UnreadLines.unreadLines(file, 100));
    }
}
