package vn.ioc.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clickhouse.client.api.Client;
import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.ioc.clickhouse.ClasspathDirectory;
import vn.ioc.clickhouse.ClickHouseClients;
import vn.ioc.clickhouse.ClickHouseConfig;
import vn.ioc.clickhouse.ClickHouseQueries;
import vn.ioc.clickhouse.OperatorQueries;
import vn.ioc.testing.TestClickHouse;
import vn.ioc.testing.TestPostgres;

/**
 * The national-year benchmark at a tiny scale, for the harness's correctness, not speed: what is in ClickHouse and
 * PostgreSQL is what the filler says it wrote, every operator question ran on both stores where it has a version,
 * every scorecard ran, and the result file has every key of the contract; then a kept fill is timed again.
 */
class NationalYearBenchITCase {
    private static final List<String> KEYS = List.of("workload", "synthesized", "note", "dossiers", "steps", "calls",
            "queries", "scorecards", "rows", "fill_seconds", "fill_dossiers_per_second",
            "generation_dossiers_per_cpu_second", "dossier_facts_rows_per_dossier", "load_busy_seconds");

    @Test
    void fillsBothStoresAndTimesEveryQuestionAndScorecard() throws Exception {
        ClickHouseConfig server = TestClickHouse.server();
        PostgresComparison postgres = new PostgresComparison(TestPostgres.server());
        String database = "t_national_year_" + ProcessHandle.current().pid();
        NationalYearBench bench = new NationalYearBench(server, postgres);
        JsonNode r = bench.run(new NationalYearBench.Options(3000, 7, database, true, false, 1));

        for (String key : KEYS) {
            assertTrue(r.has(key), "result has " + key + ": " + r);
        }
        assertEquals("national-year", r.get("workload").asText());
        assertTrue(r.get("synthesized").asBoolean());
        long dossiers = r.get("dossiers").asLong();
        long steps = r.get("steps").asLong();
        long calls = r.get("calls").asLong();
        assertTrue(dossiers > 2500 && dossiers < 3500, "about the dossiers asked for: " + dossiers);
        assertTrue(steps > 2 * dossiers && calls > dossiers / 2, r.toString());
        double versions = r.get("dossier_facts_rows_per_dossier").asDouble();
        assertTrue(versions >= 1.5 && versions <= 2, "unmerged versions per dossier: " + versions);

        try (Client client = ClickHouseClients.open(server)) {
            JsonNode written = r.get("rows").get("clickhouse");
            for (String table : (Iterable<String>) written::fieldNames) {
                assertEquals(written.get(table).asLong(), count(client, database + "." + table), "rows in " + table);
            }
            assertEquals(dossiers, count(client, database + ".dossiers"), "one dossier per id in the view");
            assertEquals(steps, count(client, database + ".steps"), "each step once in the view");
            assertEquals(calls, count(client, database + ".calls"));
            assertTrue(written.get("processing_steps").asLong() > steps, "some steps delivered twice");
            assertEquals(34, count(client, "(SELECT DISTINCT province_code FROM " + database
                    + ".agencies WHERE valid_to IS NULL)"), "34 provinces after the reform");
            long before = count(client, "(SELECT DISTINCT province_code FROM " + database
                    + ".dossiers WHERE submitted_at < '2025-07-01 00:00:00')");
            long after = count(client, "(SELECT DISTINCT province_code FROM " + database
                    + ".dossiers WHERE submitted_at >= '2025-07-02 00:00:00')");
            assertTrue(before > 50 && before <= 63, "dossiers all over the 63 provinces: " + before);
            assertTrue(after > 25 && after <= 34, "and then the 34: " + after);
        }
        try (Connection c = PostgresComparison.connect(postgres.connection(), database);
                Statement st = c.createStatement()) {
            assertEquals(dossiers, count(st, "dossiers"));
            assertEquals(steps, count(st, "steps"));
            assertEquals(calls, count(st, "calls"));
        }

        JsonNode queries = r.get("queries");
        assertEquals(OperatorQueries.all().size(), queries.size(), "every operator question is timed");
        Set<String> onPostgres = new HashSet<>();
        for (JsonNode q : queries) {
            assertTrue(q.get("clickhouse_ms").get("p50").asDouble() > 0, q.toString());
            assertTrue(q.get("clickhouse_ms").get("p95").asDouble() >= q.get("clickhouse_ms").get("p50").asDouble());
            assertTrue(q.has("postgres_ms"), q.toString());
            if (!q.get("postgres_ms").isNull()) {
                assertTrue(q.get("postgres_ms").get("p50").asDouble() > 0, q.toString());
                onPostgres.add(q.get("name").asText());
            }
        }
        assertEquals(ClasspathDirectory.read("sql/postgres/queries").size(), onPostgres.size(),
                "every question with a PostgreSQL version ran there");

        JsonNode cards = r.get("scorecards");
        assertEquals(8, cards.size(), "the country, a province, a department and a commune, for a month and a year");
        for (JsonNode card : cards) {
            assertNotNull(card.get("unit").asText());
            assertTrue(card.get("period").asText().startsWith("2025"), card.toString());
            assertTrue(card.has("ms"), card.toString());
            assertTrue(card.get("ms").asDouble() > 0, card.toString());
            assertTrue(card.get("total").asDouble() > 0, "the scorecard timed has a score: " + card);
        }

        JsonNode again = bench.run(new NationalYearBench.Options(0, 7, database, false, true, 1));
        assertEquals(dossiers, again.get("dossiers").asLong(), "timed again on the kept fill");
        assertEquals(queries.size(), again.get("queries").size());
        assertFalse(again.has("fill_seconds"));
        try (Client client = ClickHouseClients.open(server)) {
            assertTrue(ClickHouseQueries.select(client, "SELECT name FROM system.databases WHERE name = '"
                    + database + "'").isEmpty(), "dropped when not kept");
        }
    }

    private static long count(Client client, String table) throws Exception {
        List<Map<String, String>> rows = ClickHouseQueries.select(client, "SELECT count() AS n FROM " + table);
        return Long.parseLong(rows.get(0).get("n"));
    }

    private static long count(Statement st, String table) throws Exception {
        try (ResultSet rs = st.executeQuery("SELECT count(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
