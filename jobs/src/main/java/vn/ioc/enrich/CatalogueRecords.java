package vn.ioc.enrich;

import java.util.ArrayList;
import java.util.List;
import vn.ioc.parse.InvalidRecordException;
import vn.ioc.parse.JsonRecordParser;

/**
 * The records of a catalogue feed that parse, read before the job starts wherever the catalogue lives. Invalid ones
 * are skipped here because the job reads the same lines and reports them as rejected.
 */
final class CatalogueRecords<T> {
    private final JsonRecordParser<T> parser;
    private final List<T> records = new ArrayList<>();

    CatalogueRecords(Class<T> type) {
        this.parser = new JsonRecordParser<>(type);
    }

    void add(byte[] line) {
        try {
            records.add(parser.parse(line));
        } catch (InvalidRecordException e) {
            // reported by the job's own pass over the same line
        }
    }

    List<T> records() {
        return records;
    }
}
