package vn.ioc.source;

import java.io.IOException;
import java.io.Serializable;
import java.util.function.Predicate;
import org.apache.flink.core.fs.Path;

/**
 * Which files of a feed directory are feed files (the contract, docs/feeds/README.md): names ending in
 * {@code .jsonl}, not hidden ({@code .} or {@code _} first). A producer writes under any other name (a temp name
 * such as {@code part-7.jsonl.tmp} or {@code .part-7.jsonl}) and renames the complete file into place; until then
 * nothing reads it.
 */
public final class FeedFiles implements Predicate<Path>, Serializable {
    private static final long serialVersionUID = 1L;
    public static final String SUFFIX = ".jsonl";

    /** Whether a file of this name is read. */
    public static boolean isFeedFile(String name) {
        return name.endsWith(SUFFIX) && !name.startsWith(".") && !name.startsWith("_");
    }

    /** Whether a file on the local disk is a feed file to read. */
    public static boolean isFeedFile(java.nio.file.Path file) {
        return java.nio.file.Files.isRegularFile(file) && isFeedFile(file.getFileName().toString());
    }

    /** For Flink's file enumerator, which asks about directories too: they are walked unless hidden. */
    @Override
    public boolean test(Path path) {
        String name = path.getName();
        if (isFeedFile(name)) {
            return true;
        }
        try {
            return path.getFileSystem().getFileStatus(path).isDir() && !name.startsWith(".") && !name.startsWith("_");
        } catch (IOException e) {
            return false; // gone since it was listed
        }
    }
}
