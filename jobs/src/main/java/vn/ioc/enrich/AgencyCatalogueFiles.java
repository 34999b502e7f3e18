package vn.ioc.enrich;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import vn.ioc.feed.Agency;
import vn.ioc.feed.Feed;
import vn.ioc.parse.InvalidRecordException;
import vn.ioc.parse.JsonRecordParser;

/**
 * Loads the agency catalogue from a feed directory before the job starts, because every dossier needs it and it
 * is small. Invalid entries are skipped here: the job reads the same files and reports them as rejected.
 */
public final class AgencyCatalogueFiles {
    private AgencyCatalogueFiles() {}

    public static AgencyDirectory load(Path feedRoot) {
        Path dir = feedRoot.resolve(Feed.AGENCIES.directory());
        if (!Files.isDirectory(dir)) {
            return AgencyDirectory.empty();
        }
        JsonRecordParser<Agency> parser = new JsonRecordParser<>(Agency.class);
        List<Agency> agencies = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                // bytes, not text: one line of invalid UTF-8 must not hide the rest of the catalogue
                for (String line : new String(Files.readAllBytes(file), StandardCharsets.UTF_8).split("\n")) {
                    if (line.isBlank()) {
                        continue;
                    }
                    try {
                        agencies.add(parser.parse(line.getBytes(StandardCharsets.UTF_8)));
                    } catch (InvalidRecordException e) {
                        // reported by the job's own pass over the same file
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the agency catalogue in " + dir, e);
        }
        return AgencyDirectory.of(agencies);
    }
}
