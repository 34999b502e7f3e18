package vn.ioc.generate;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import vn.ioc.feed.Feed;

/** Writes one feed as JSON lines, part-00000.jsonl, part-00001.jsonl, ... of at most {@code maxLines} lines each. */
final class FeedWriter implements Closeable, RecordOut {
    static final ObjectWriter JSON = JsonMapper.builder()
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .build()
            .writer();

    private final Path dir;
    private final int maxLines;
    private OutputStream out;
    private int part;
    private int linesInPart;
    private long lines;
    private long bytes;

    FeedWriter(Path root, Feed feed, int maxLines) throws IOException {
        this.dir = root.resolve(feed.directory());
        this.maxLines = maxLines;
        Files.createDirectories(dir);
    }

    @Override
    public void write(Object record) throws IOException {
        writeRaw(JSON.writeValueAsBytes(record));
    }

    void writeRaw(byte[] line) throws IOException {
        if (out == null || linesInPart == maxLines) {
            if (out != null) {
                out.close();
            }
            out = new BufferedOutputStream(Files.newOutputStream(dir.resolve(String.format("part-%05d.jsonl", part++))),
                    1 << 16);
            linesInPart = 0;
        }
        out.write(line);
        out.write('\n');
        linesInPart++;
        lines++;
        bytes += line.length + 1;
    }

    long lines() {
        return lines;
    }

    long bytes() {
        return bytes;
    }

    @Override
    public void close() throws IOException {
        if (out != null) {
            out.close();
        }
    }
}
