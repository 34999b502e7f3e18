package vn.ioc.source;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import vn.ioc.feed.Feed;

/**
 * The check of a feed root before anything is created or started: it exists, is a directory, holds at least one
 * feed directory (dossier-sync, processing-log, ...), and for a backfill at least one file to read. A streaming job
 * may start on an empty root (the producers' files come later), not on a folder of something else.
 */
public final class FeedRoot {
    private FeedRoot() {}

    /** @throws IllegalArgumentException saying in one line what is wrong with the folder */
    public static void check(Path root, boolean stream) {
        if (!Files.exists(root)) {
            throw new IllegalArgumentException("no feed directory " + root);
        }
        if (!Files.isDirectory(root)) {
            throw new IllegalArgumentException(root + " is a file; --feeds takes a directory with one sub-directory"
                    + " per feed (" + names() + ")");
        }
        List<Path> feeds = Arrays.stream(Feed.values()).map(f -> root.resolve(f.directory()))
                .filter(Files::isDirectory).toList();
        if (feeds.isEmpty() && (!stream || !isEmpty(root))) {
            throw new IllegalArgumentException(root + (isEmpty(root) ? " is empty" : " holds no feed directory")
                    + ": expected one sub-directory per feed (" + names() + "), as ./ioc generate writes them"
                    + " (docs/feeds/README.md)");
        }
        if (!stream && feeds.stream().allMatch(FeedRoot::isEmpty)) {
            throw new IllegalArgumentException("the feed directories in " + root + " hold no files: nothing to read");
        }
    }

    private static String names() {
        return String.join(", ", Arrays.stream(Feed.values()).map(Feed::directory).toList());
    }

    private static boolean isEmpty(Path dir) {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
    }
}
