package vn.ioc.source;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import vn.ioc.feed.Feed;

/** A feed root's files read whole, for replaying them at another pace (benchmarks, streaming tests). */
public final class FeedDirectories {
    private FeedDirectories() {}

    /** Every line of every feed, in file order; indexed by {@link Feed#ordinal()}, empty for an absent feed. */
    public static List<List<String>> linesPerFeed(Path root) throws IOException {
        List<List<String>> out = new ArrayList<>();
        for (Feed feed : Feed.values()) {
            List<String> lines = new ArrayList<>();
            Path dir = root.resolve(feed.directory());
            if (Files.isDirectory(dir)) {
                try (Stream<Path> files = Files.list(dir)) {
                    for (Path f : files.filter(FeedFiles::isFeedFile).sorted().toList()) {
                        lines.addAll(Files.readAllLines(f, StandardCharsets.UTF_8));
                    }
                }
            }
            out.add(lines);
        }
        return out;
    }
}
