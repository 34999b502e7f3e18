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

/**
 * Writes one feed as JSON lines, part-00000.jsonl, part-00001.jsonl, ... of at most {@code maxLines} lines each: into
 * files, or to a {@link LineOut} with the file and offset each line would have.
 */
final class FeedWriter implements Closeable, RecordOut {
    static final ObjectWriter JSON = JsonMapper.builder()
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .build()
            .writer();

    private final Path dir;
    private final Feed feed;
    private final LineOut lineOut;
    private final int maxLines;
    private OutputStream out;
    private String partName;
    private long offsetInPart;
    private int part;
    private int linesInPart;
    private long lines;
    private long bytes;

    FeedWriter(Path root, Feed feed, int maxLines) throws IOException {
        this.dir = root.resolve(feed.directory());
        this.feed = feed;
        this.lineOut = null;
        this.maxLines = maxLines;
        Files.createDirectories(dir);
    }

    FeedWriter(LineOut lineOut, Feed feed, int maxLines) {
        this.dir = null;
        this.feed = feed;
        this.lineOut = lineOut;
        this.maxLines = maxLines;
    }

    @Override
    public void write(Object record) throws IOException {
        writeRaw(JSON.writeValueAsBytes(record));
    }

    void writeRaw(byte[] line) throws IOException {
        if (partName == null || linesInPart == maxLines) {
            if (out != null) {
                out.close();
            }
            partName = String.format("part-%05d.jsonl", part++);
            if (lineOut == null) {
                out = new BufferedOutputStream(Files.newOutputStream(dir.resolve(partName)), 1 << 16);
            }
            linesInPart = 0;
            offsetInPart = 0;
        }
        if (lineOut == null) {
            out.write(line);
            out.write('\n');
        } else {
            lineOut.line(feed, feed.directory() + "/" + partName, offsetInPart, line);
        }
        offsetInPart += line.length + 1;
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
