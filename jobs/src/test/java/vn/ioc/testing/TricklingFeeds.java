package vn.ioc.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import vn.ioc.feed.Feed;
import vn.ioc.source.FeedDirectories;

/**
 * Feeds that arrive over time, as in production: the lines of every generated feed are cut into chunks, and each
 * chunk appears in the watched directory as a new file, written aside and moved in so that it is complete when
 * the job discovers it.
 */
public final class TricklingFeeds {
    private final Path watched;
    private final int chunks;
    private final List<List<String>> linesPerFeed;

    public TricklingFeeds(Path generated, Path watched, int chunks) throws IOException {
        this.watched = watched;
        this.chunks = chunks;
        this.linesPerFeed = FeedDirectories.linesPerFeed(generated);
    }

    public int chunks() {
        return chunks;
    }

    /** Lines in chunks {@code 0 .. upTo-1} of every feed. */
    public long linesBefore(int upTo) {
        long n = 0;
        for (List<String> lines : linesPerFeed) {
            n += (long) lines.size() * upTo / chunks;
        }
        return n;
    }

    public void publish(int chunk) throws IOException {
        for (Feed feed : Feed.values()) {
            List<String> lines = linesPerFeed.get(feed.ordinal());
            List<String> part = lines.subList(lines.size() * chunk / chunks, lines.size() * (chunk + 1) / chunks);
            Path dir = Files.createDirectories(watched.resolve(feed.directory()));
            Path aside = dir.resolve(".chunk-" + chunk + ".tmp");
            Files.write(aside, part, StandardCharsets.UTF_8);
            Files.move(aside, chunkFile(feed, chunk), StandardCopyOption.ATOMIC_MOVE);
        }
    }

    public Path chunkFile(Feed feed, int chunk) {
        return watched.resolve(feed.directory()).resolve(String.format("chunk-%03d.jsonl", chunk));
    }
}
