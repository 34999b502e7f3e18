package vn.ioc.score;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the 766 indicators are called, in Vietnamese and English, for readers who do not know the portal's codes
 * (rules/indicator-names.csv, packaged in the jar). A code without a name is shown as its code.
 */
public final class IndicatorNames {
    static final String RESOURCE = "rules/indicator-names.csv";

    public record Name(String vietnamese, String english) {}

    private final Map<String, Name> names;

    private IndicatorNames(Map<String, Name> names) {
        this.names = names;
    }

    public static IndicatorNames load() {
        Map<String, Name> names = new LinkedHashMap<>();
        try (InputStream in = IndicatorNames.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("no " + RESOURCE + " on the classpath");
            }
            try (MappingIterator<Map<String, String>> rows = new CsvMapper().readerForMapOf(String.class)
                    .with(CsvSchema.emptySchema().withHeader()).readValues(in)) {
                while (rows.hasNext()) {
                    Map<String, String> r = rows.next();
                    names.put(r.get("indicator"), new Name(r.get("name_vi"), r.get("name_en")));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new IndicatorNames(names);
    }

    public Name of(String indicator) {
        return names.getOrDefault(indicator, new Name(indicator, indicator));
    }

    public boolean has(String indicator) {
        return names.containsKey(indicator);
    }
}
