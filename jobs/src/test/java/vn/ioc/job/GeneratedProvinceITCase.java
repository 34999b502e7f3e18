package vn.ioc.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clickhouse.client.api.Client;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import vn.ioc.clickhouse.ClickHouseClients;
import vn.ioc.clickhouse.ClickHouseConfig;
import vn.ioc.clickhouse.ClickHouseQueries;
import vn.ioc.clickhouse.Migrations;
import vn.ioc.clickhouse.OperatorQueries;
import vn.ioc.enrich.AgencyCatalogueFiles;
import vn.ioc.generate.FeedGenerator;
import vn.ioc.generate.ReferenceRates;
import vn.ioc.privacy.PseudonymKey;
import vn.ioc.score.Recomputation;
import vn.ioc.score.ReportCheck;
import vn.ioc.privacy.Pseudonymizer;
import vn.ioc.sink.SinkOptions;
import vn.ioc.testing.TestClickHouse;

/**
 * The generator's default profile through the whole pipeline: SQL over the wide table reproduces Bình Định's
 * 2023 rates per level (domain.md §8) within half a percentage point.
 */
class GeneratedProvinceITCase {

    @RegisterExtension
    static final MiniClusterExtension FLINK = new MiniClusterExtension(
            new MiniClusterResourceConfiguration.Builder().setNumberTaskManagers(1).setNumberSlotsPerTaskManager(2).build());

    private static final Pseudonymizer PSEUDONYMIZER = new Pseudonymizer(PseudonymKey.of("it-key-0123456789abc"));

    @TempDir
    static Path feeds;

    /** The generated province, loaded once by the job; the read-only tests share it. */
    private static ClickHouseConfig loaded;

    @BeforeAll
    static void generateAndLoad(@TempDir Path checkpoints) throws Exception {
        new FeedGenerator(FeedGenerator.DEFAULT_PROFILE, 0.02, 2023).generate(feeds);
        loaded = TestClickHouse.freshDatabase("bd2023");
        try (Client client = ClickHouseClients.open(loaded)) {
            new Migrations().apply(client, loaded.database());
        }
        run(new ClickHouseFeedSinks(loaded, SinkOptions.defaults()), checkpoints, Duration.ofSeconds(2));
    }

    private static void run(FeedSinks sinks, Path checkpoints, Duration interval) throws Exception {
        StreamExecutionEnvironment env = new JobSettings(2, interval, checkpoints, 3).environment();
        new FeedsJob(new FileFeedSources(feeds, null), sinks, AgencyCatalogueFiles.load(feeds), PSEUDONYMIZER).build(env);
        env.execute("generated-province");
    }

    @Test
    void defaultProfileReproducesTheReportedRatesPerLevel() throws Exception {
        ClickHouseConfig ch = loaded;
        try (Client client = ClickHouseClients.open(ch)) {

            List<Map<String, String>> rows = ClickHouseQueries.select(client, "SELECT level_name, digitized_pct,"
                    + " e_result_pct, population_data_pct, reused_pct, online_pct, paid_online_pct FROM "
                    + ch.database() + ".headline_rates_by_level WHERE level > 0 ORDER BY level");
            assertEquals(3, rows.size());
            for (Map<String, String> row : rows) {
                ReferenceRates.Level ref = ReferenceRates.level(row.get("level_name"));
                String level = ref.name();
                assertEquals(ref.digitized().percent(), Double.parseDouble(row.get("digitized_pct")), 0.5, level);
                assertEquals(ref.eResult().percent(), Double.parseDouble(row.get("e_result_pct")), 0.5, level);
                assertEquals(ref.populationData().percent(), Double.parseDouble(row.get("population_data_pct")), 0.5,
                        level);
                assertEquals(ref.reused().percent(), Double.parseDouble(row.get("reused_pct")), 0.5, level);
                assertEquals(ref.online().percent(), Double.parseDouble(row.get("online_pct")), 0.5, level);
                assertEquals(ref.paidOnline().percent(), Double.parseDouble(row.get("paid_online_pct")), 0.5, level);
            }
            assertEquals("0", ClickHouseQueries.select(client, "SELECT count() AS n FROM " + ch.database()
                    + ".rejected").get(0).get("n"), "generated feeds are valid");

            // the report's consistent figures agree with the recomputation; a tampered row does not
            List<ReportCheck.Line> report = new ArrayList<>();
            for (ReferenceRates.Level ref : ReferenceRates.BINH_DINH_2023) {
                report.add(line(ref, "digitized", ref.digitized()));
                report.add(line(ref, "e_results", ref.eResult()));
                report.add(line(ref, "population_data", ref.populationData()));
                report.add(line(ref, "reused", ref.reused()));
                report.add(line(ref, "online", ref.online()));
                report.add(line(ref, "paid_online", ref.paidOnline()));
            }
            Recomputation recomputed = Recomputation.of(client, ch.database(), "000.00.00.H08",
                    LocalDate.of(2023, 1, 1), LocalDate.of(2023, 8, 31));
            assertEquals(List.of(), recomputed.compare(report, new BigDecimal("0.5")));
            report.set(0, new ReportCheck.Line("province", "digitized", BigDecimal.valueOf(40_000),
                    BigDecimal.valueOf(65_188), null));
            List<ReportCheck.Finding> findings = recomputed.compare(report, new BigDecimal("0.5"));
            assertEquals(1, findings.size());
            assertEquals("recomputed_differs", findings.get(0).check());
        }
    }

    /** Every operator question runs on the generated province and answers with the columns it documents. */
    @Test
    void everyOperatorQueryAnswersWithItsDocumentedColumns() throws Exception {
        List<OperatorQueries.Query> queries = OperatorQueries.all();
        assertTrue(queries.size() >= 15, "at least 15 operator questions, found " + queries.size());
        try (Client client = ClickHouseClients.open(loaded)) {
            for (OperatorQueries.Query q : queries) {
                List<String> header = ClickHouseQueries.columns(client, q.sql(), loaded.database());
                assertEquals(q.columns(), header, q.file());
                if (!q.name().equals("rejected_by_feed_and_reason")) {
                    assertFalse(ClickHouseQueries.select(client, q.sql(), loaded.database()).isEmpty(),
                            q.file() + " answers something on a generated province");
                }
            }
        }
    }

    /**
     * SQL consoles and BI tools connect with the official clickhouse-jdbc driver, which needs a recent server
     * (it sends async_insert; 18.16 refuses it). On such a server every operator question must run through it.
     */
    @Test
    void operatorQueriesRunThroughTheJdbcDriverOnRecentServers() throws Exception {
        String version;
        try (Client client = ClickHouseClients.open(loaded)) {
            version = ClickHouseQueries.select(client, "SELECT version() AS v").get(0).get("v");
        }
        int major = Integer.parseInt(version.substring(0, version.indexOf('.')));
        org.junit.jupiter.api.Assumptions.assumeTrue(major >= 23, "ClickHouse " + version
                + " is too old for clickhouse-jdbc 0.9 (it needs 23.x or later); set CLICKHOUSE_URL to a recent"
                + " server to run this test");
        java.util.Properties props = new java.util.Properties();
        props.setProperty("user", loaded.user());
        props.setProperty("password", loaded.password());
        String url = loaded.url().replaceFirst("^http", "jdbc:clickhouse:http") + "/" + loaded.database();
        try (java.sql.Connection c = java.sql.DriverManager.getConnection(url, props);
                java.sql.Statement st = c.createStatement()) {
            for (OperatorQueries.Query q : OperatorQueries.all()) {
                try (java.sql.ResultSet rs = st.executeQuery(q.sql())) {
                    java.sql.ResultSetMetaData md = rs.getMetaData();
                    List<String> columns = new ArrayList<>();
                    for (int i = 1; i <= md.getColumnCount(); i++) {
                        columns.add(md.getColumnLabel(i));
                    }
                    assertEquals(q.columns(), columns, q.file());
                }
            }
        }
    }

    private static ReportCheck.Line line(ReferenceRates.Level ref, String measure, ReferenceRates.Ratio ratio) {
        return new ReportCheck.Line(ref.name(), measure, BigDecimal.valueOf(ratio.numerator()),
                BigDecimal.valueOf(ratio.denominator()), null);
    }
}
