package vn.ioc.source;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class LineReaderTest {

    @Test
    void tracksOffsetsSkipsBlankLinesAndCapsHugeLines() throws Exception {
        String text = "{\"a\":1}\n\n   \r\n{\"b\":2}\r\n" + "x".repeat(100) + "\n{\"c\":3}";
        LineReader r = new LineReader("f", "file", new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
                0, 50);
        FeedLine a = r.next();
        assertEquals(0, a.offset);
        assertArrayEquals("{\"a\":1}".getBytes(StandardCharsets.UTF_8), a.payload);
        FeedLine b = r.next();
        assertEquals(text.indexOf("{\"b\""), b.offset);
        assertArrayEquals("{\"b\":2}".getBytes(StandardCharsets.UTF_8), b.payload, "CR removed");
        FeedLine huge = r.next();
        assertTrue(huge.oversized);
        FeedLine end = r.next();
        assertTrue(end.endOfFile, "a last line without its newline is a half line, not a record");
        assertEquals(text.indexOf("{\"c\""), end.offset, "the marker says where the complete lines end");
        assertNull(r.next());
        assertEquals(text.length(), r.position());
    }

    @Test
    void aCompleteFileEndsWithItsMarkerAtItsEnd() throws Exception {
        String text = "{\"a\":1}\n{\"b\":2}\n";
        LineReader r = new LineReader("f", "file", new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
                0, 50);
        assertEquals(0, r.next().offset);
        assertEquals(8, r.next().offset);
        FeedLine end = r.next();
        assertTrue(end.endOfFile);
        assertEquals(text.length(), end.offset);
        assertNull(r.next());
        LineReader empty = new LineReader("f", "file", new ByteArrayInputStream(new byte[0]), 0, 50);
        assertEquals(0, empty.next().offset, "an empty file (created, not yet written) has its end at 0");
        assertNull(empty.next());
    }
}
