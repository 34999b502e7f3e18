package vn.ioc.score;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.RuntimeJsonMappingException;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The CSV files of the scoring contracts: a header row, comma-separated, RFC 4180 quoting, UTF-8. */
public final class CsvFiles {
    private static final CsvMapper CSV = new CsvMapper();

    private CsvFiles() {}

    /** Rows as column → trimmed value; fails with the line number when a required column is missing. */
    public static List<Map<String, String>> read(Path file, List<String> requiredColumns) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException(Files.exists(file) ? file + " is not a file" : "no such file: " + file);
        }
        List<Map<String, String>> rows = new ArrayList<>();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            in.mark(1);
            if (in.read() != '\uFEFF') {
                in.reset();
            }
            MappingIterator<Map<String, String>> it = CSV.readerForMapOf(String.class)
                    .with(CsvSchema.emptySchema().withHeader().withColumnReordering(true)).readValues(in);
            boolean checked = false;
            while (hasNext(it, file)) {
                Map<String, String> raw = next(it, file);
                Map<String, String> row = new LinkedHashMap<>();
                raw.forEach((k, v) -> row.put(k.strip(), v == null ? "" : v.strip()));
                if (!checked) {
                    for (String c : requiredColumns) {
                        if (!row.containsKey(c)) {
                            throw new IllegalArgumentException(file + ": the header must have the columns "
                                    + String.join(",", requiredColumns) + "; missing " + c);
                        }
                    }
                    checked = true;
                }
                if (row.values().stream().allMatch(String::isEmpty)) {
                    continue;
                }
                rows.add(row);
            }
        }
        return rows;
    }

    /** Jackson's parse errors (too many cells, an unclosed quote) as one line naming the file and line. */
    private static boolean hasNext(MappingIterator<?> it, Path file) {
        try {
            return it.hasNext();
        } catch (RuntimeException e) {
            throw unreadable(file, e);
        }
    }

    private static <T> T next(MappingIterator<T> it, Path file) {
        try {
            return it.next();
        } catch (RuntimeException e) {
            throw unreadable(file, e);
        }
    }

    /** MappingIterator wraps parse errors in unchecked exceptions; anything else goes on as it is. */
    private static RuntimeException unreadable(Path file, RuntimeException e) {
        if (e.getCause() instanceof JsonProcessingException p && p.getLocation() != null) {
            return new IllegalArgumentException(file + " line " + p.getLocation().getLineNr() + ": "
                    + p.getOriginalMessage(), e);
        }
        return e instanceof RuntimeJsonMappingException ? new IllegalArgumentException(file + ": " + e.getMessage(), e)
                : e;
    }

    /** An empty cell is unknown (null); anything else must be a non-negative number. */
    public static BigDecimal number(String value, String column, int line) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        try {
            BigDecimal n = new BigDecimal(value.replace("_", ""));
            if (n.signum() < 0) {
                throw new IllegalArgumentException("line " + line + ": " + column + " is negative: " + value);
            }
            return n;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("line " + line + ": " + column + " is not a number: " + value);
        }
    }

    public static void write(Path file, List<String> header, List<List<String>> rows) throws IOException {
        // the header goes out as the first row: Jackson writes none when there are no rows, and an empty result
        // must still be a file with its header
        List<List<String>> all = new ArrayList<>(rows.size() + 1);
        all.add(header);
        all.addAll(rows);
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        // strict quoting: only cells that need it are quoted, so outputs compare equal to hand-written files
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            CSV.writerFor(List.class).with(CsvSchema.emptySchema()).without(CsvGenerator.Feature.ALWAYS_QUOTE_STRINGS)
                    .with(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING)
                    .writeValues(out).writeAll(all);
        }
    }
}
