package vn.ioc.enrich;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import vn.ioc.feed.Agency;
import vn.ioc.feed.Procedure;
import vn.ioc.feed.Feed;
import vn.ioc.source.FeedFiles;

/**
 * Loads the agency and procedure catalogues from a feed directory before the job starts, because every dossier
 * needs them and they are small.
 */
public final class CatalogueFiles {
    private CatalogueFiles() {}

    /** The agency and procedure catalogues from their feed directories under {@code feedRoot} (absent: empty). */
    public static Catalogues load(Path feedRoot) {
        return new Catalogues(AgencyDirectory.of(read(feedRoot, Feed.AGENCIES, Agency.class)),
                ProcedureCatalogue.of(read(feedRoot, Feed.PROCEDURES, Procedure.class)));
    }

    /** The catalogues from their lines, as the feed files would hold them (a job that generates its feeds). */
    public static Catalogues parse(List<byte[]> agencyLines, List<byte[]> procedureLines) {
        CatalogueRecords<Agency> agencies = new CatalogueRecords<>(Agency.class);
        agencyLines.forEach(agencies::add);
        CatalogueRecords<Procedure> procedures = new CatalogueRecords<>(Procedure.class);
        procedureLines.forEach(procedures::add);
        return new Catalogues(AgencyDirectory.of(agencies.records()), ProcedureCatalogue.of(procedures.records()));
    }

    /** The records of a catalogue feed that parse; the job reports the others as rejected. */
    public static <T> List<T> read(Path feedRoot, Feed feed, Class<T> type) {
        Path dir = feedRoot.resolve(feed.directory());
        CatalogueRecords<T> records = new CatalogueRecords<>(type);
        if (!Files.isDirectory(dir)) {
            return records.records();
        }
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(FeedFiles::isFeedFile).sorted().toList()) {
                // bytes, not text: one line of invalid UTF-8 must not hide the rest of the catalogue
                for (String line : new String(Files.readAllBytes(file), StandardCharsets.UTF_8).split("\n")) {
                    if (line.isBlank()) {
                        continue;
                    }
                    records.add(line.getBytes(StandardCharsets.UTF_8));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the " + feed.directory() + " catalogue in " + dir, e);
        }
        return records.records();
    }
}
