package vn.ioc.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.connector.file.src.FileSourceSplit;
import org.apache.flink.connector.file.src.reader.BulkFormat;
import org.apache.flink.connector.file.src.util.CheckpointedPosition;
import org.apache.flink.connector.file.src.util.RecordAndPosition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeedLineFormatTest {

    @Test
    void restoredReaderResumesRightAfterTheLastLineHandedOut(@TempDir Path dir) throws Exception {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 1300; i++) {
            text.append("{\"n\":").append(i).append("}\n");
            if (i % 100 == 0) {
                text.append('\n');
            }
        }
        Path file = dir.resolve("part-0.jsonl");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        FileSourceSplit split = new FileSourceSplit("0", new org.apache.flink.core.fs.Path(file.toUri()), 0,
                Files.size(file), 0, Files.size(file));
        FeedLineFormat format = new FeedLineFormat("dossier-sync");

        BulkFormat.Reader<FeedLine> reader = format.createReader(new Configuration(), split);
        List<String> seen = new ArrayList<>();
        CheckpointedPosition checkpoint = null;
        BulkFormat.RecordIterator<FeedLine> batch;
        while ((batch = reader.readBatch()) != null && seen.size() < 700) {
            RecordAndPosition<FeedLine> rp;
            while ((rp = batch.next()) != null && seen.size() < 700) {
                seen.add(new String(rp.getRecord().payload, StandardCharsets.UTF_8));
                checkpoint = new CheckpointedPosition(rp.getOffset(), rp.getRecordSkipCount());
            }
        }
        reader.close();
        assertEquals("{\"n\":699}", seen.get(699));

        BulkFormat.Reader<FeedLine> restored =
                format.restoreReader(new Configuration(), split.updateWithCheckpointedPosition(checkpoint));
        batch = restored.readBatch();
        RecordAndPosition<FeedLine> next = batch.next();
        assertEquals("{\"n\":700}", new String(next.getRecord().payload, StandardCharsets.UTF_8));
        assertEquals(text.indexOf("{\"n\":700}"), next.getRecord().offset);
        int rest = 1;
        while (batch.next() != null) {
            rest++;
        }
        while ((batch = restored.readBatch()) != null) {
            while (batch.next() != null) {
                rest++;
            }
        }
        assertEquals(600 + 1, rest, "the 600 lines after the checkpoint and the end-of-file marker");
        assertNull(restored.readBatch());
        restored.close();
    }
}
