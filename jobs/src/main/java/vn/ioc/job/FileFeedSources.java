package vn.ioc.job;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.connector.file.src.FileSource;
import org.apache.flink.connector.file.src.enumerate.NonSplittingRecursiveEnumerator;
import org.apache.flink.core.fs.Path;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import vn.ioc.feed.Feed;
import vn.ioc.source.FeedFiles;
import vn.ioc.source.FeedLine;
import vn.ioc.source.FeedLineFormat;

/**
 * The embedded default: one directory per feed under a root, read once (a backfill: the job ends when every file
 * is consumed) or continuously (new files are picked up as they appear). A file must be complete when it appears
 * under a feed file's name (FeedFiles), so producers write it under a temp name and rename it; what is added to a
 * file after it was read is reported as unread (vn.ioc.source.UnreadLines).
 */
public final class FileFeedSources implements FeedSources {
    private static final long serialVersionUID = 1L;

    private final String root;
    private final Duration discoveryInterval;
    private final int maxLineBytes;

    /** @param discoveryInterval null reads the files once; otherwise how often to look for new files */
    public FileFeedSources(java.nio.file.Path root, Duration discoveryInterval) {
        this(root, discoveryInterval, FeedLineFormat.DEFAULT_MAX_LINE_BYTES);
    }

    /** @param maxLineBytes a longer line is rejected as OVERSIZED, not parsed (the feed contract's line limit) */
    public FileFeedSources(java.nio.file.Path root, Duration discoveryInterval, int maxLineBytes) {
        this.root = root.toAbsolutePath().toString();
        this.discoveryInterval = discoveryInterval;
        this.maxLineBytes = maxLineBytes;
    }

    @Override
    public Optional<DataStream<FeedLine>> lines(StreamExecutionEnvironment env, Feed feed) {
        java.nio.file.Path dir = java.nio.file.Path.of(root, feed.directory());
        if (!Files.isDirectory(dir)) {
            if (discoveryInterval == null) {
                return Optional.empty();
            }
            try {
                // streaming: the feed may start later; watching an empty directory is cheap
                Files.createDirectories(dir);
            } catch (java.io.IOException e) {
                throw new IllegalStateException("cannot create feed directory " + dir, e);
            }
        }
        FileSource.FileSourceBuilder<FeedLine> builder =
                FileSource.forBulkFileFormat(new FeedLineFormat(feed.directory(), maxLineBytes), new Path(dir.toUri()))
                        // only complete feed files: temp names are never read (FeedFiles)
                        .setFileEnumerator(() -> new NonSplittingRecursiveEnumerator(new FeedFiles()));
        if (discoveryInterval != null) {
            builder.monitorContinuously(discoveryInterval);
        }
        return Optional.of(env.fromSource(builder.build(), WatermarkStrategy.noWatermarks(), "read " + feed.directory())
                .uid("source-" + feed.directory()));
    }

    /** Streaming: files are looked at again as often as the directories are listed. */
    @Override
    public Duration fileRecheckInterval() {
        return discoveryInterval;
    }

    @Override
    public Optional<Backlog> backlog() {
        long bytes = 0;
        for (Feed feed : Feed.values()) {
            java.nio.file.Path dir = java.nio.file.Path.of(root, feed.directory());
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<java.nio.file.Path> files = Files.list(dir)) {
                for (java.nio.file.Path file : files.filter(FeedFiles::isFeedFile).toList()) {
                    bytes += Files.size(file);
                }
            } catch (IOException e) {
                return Optional.empty();
            }
        }
        return Optional.of(new Backlog(bytes, true));
    }
}
