package vn.ioc.clickhouse;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class AggregatesTest {
    private static final Pattern READS = Pattern.compile("\\$\\{db}\\.(\\w+)");

    /** Aggregates are built after the staging and intermediate views and before the marts: they read no mart. */
    @Test
    void aggregatesReadTablesAndViewsBelowTheMartsOnly() throws Exception {
        Map<String, String> layerOf = new HashMap<>();
        new Views().discover().forEach(v -> layerOf.put(v.name(), v.layer()));
        List<Aggregates.Aggregate> all = new Aggregates().discover();
        assertFalse(all.isEmpty());
        for (Aggregates.Aggregate a : all) {
            Matcher m = READS.matcher(a.select());
            while (m.find()) {
                String read = m.group(1);
                assertFalse("3_marts".equals(layerOf.get(read)), a.name() + " reads the mart " + read);
                assertTrue(all.stream().noneMatch(other -> other.name().equals(read)),
                        a.name() + " reads the aggregate " + read);
            }
            assertTrue(a.select().contains("${months}"), a.name() + " is restricted to the months it refreshes");
            assertTrue(a.select().contains(" AS month"), a.name() + " has the month that partitions it");
        }
    }
}
