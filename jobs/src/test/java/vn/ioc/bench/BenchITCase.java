package vn.ioc.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.ioc.testing.TestClickHouse;
import vn.ioc.testing.TestPostgres;

/**
 * The benchmark harness at a tiny scale, for correctness, not speed: every workload runs and its result has every
 * key, with numbers where they apply and null where they do not.
 */
class BenchITCase {
    private static final List<String> KEYS = List.of("workload", "scale", "input_records", "input_bytes",
            "wall_seconds", "records_per_second", "baseline_parse_records_per_second",
            "baseline_insert_rows_per_second", "ratio_to_slowest_baseline", "clickhouse_alone_records_per_second",
            "jvm_peak_rss_bytes", "clickhouse_peak_rss_bytes", "state_bytes", "freshness_ms", "queries");

    @Test
    void backfillWorkloadsMeasureEveryBaseline(@TempDir Path work) throws Exception {
        Bench bench = new Bench(TestClickHouse.server(), null, new PostgresComparison(TestPostgres.server()));
        for (Bench.Workload w : List.of(Bench.Workload.BD2023, Bench.Workload.NATIONAL_MONTH)) {
            JsonNode r = bench.run(new Bench.Options(w, w == Bench.Workload.BD2023 ? 0.005 : 0.0003, 2, 7,
                    work.resolve(w.id()), 0, 0, 2));
            assertKeys(r);
            assertEquals(w.id(), r.get("workload").asText());
            long lines = r.get("input_records").asLong();
            assertTrue(lines > 1000, w.id() + " generated " + lines);
            for (String positive : List.of("records_per_second", "baseline_parse_records_per_second",
                    "baseline_insert_rows_per_second", "ratio_to_slowest_baseline",
                    "clickhouse_alone_records_per_second", "jvm_peak_rss_bytes", "state_bytes")) {
                assertTrue(r.get(positive).asDouble() > 0, w.id() + " " + positive + " = " + r.get(positive));
            }
            assertTrue(r.get("freshness_ms").isNull(), "no freshness in a backfill");
            assertTrue(r.get("output_rows").asLong() > lines / 2, "the insert baseline re-inserts the run's rows");
            if (w == Bench.Workload.NATIONAL_MONTH) {
                assertTrue(r.get("queries").size() >= 15, "every operator question is timed");
                int onPostgres = 0;
                for (JsonNode q : r.get("queries")) {
                    assertTrue(q.get("clickhouse_ms").get("p50").asDouble() > 0, q.toString());
                    onPostgres += q.get("postgres_ms").isNull() ? 0 : 1;
                }
                assertEquals(10, onPostgres, "the questions with a PostgreSQL version");
            } else {
                assertTrue(r.get("queries").isNull());
            }
        }
    }

    @Test
    void streamWorkloadMeasuresFreshness(@TempDir Path work) throws Exception {
        JsonNode r = new Bench(TestClickHouse.server(), null, null).run(new Bench.Options(Bench.Workload.STREAM,
                0.1, 2, 7, work, 20, 200, 0));
        assertKeys(r);
        assertTrue(r.get("input_records").asLong() > 20 * 200 * 0.8, r.toString());
        assertEquals(0, r.get("files_never_visible").asLong(), "every appended file became visible");
        JsonNode f = r.get("freshness_ms");
        assertTrue(f.get("samples").asInt() > 20, f.toString());
        assertTrue(f.get("p50").asDouble() > 0 && f.get("p50").asDouble() <= f.get("p95").asDouble()
                && f.get("p95").asDouble() <= f.get("p99").asDouble(), f.toString());
        assertTrue(r.get("baseline_parse_records_per_second").isNull());
        assertTrue(r.get("queries").isNull());
    }

    private static void assertKeys(JsonNode r) {
        for (String key : KEYS) {
            assertTrue(r.has(key), "key " + key + " in " + r);
        }
    }
}
