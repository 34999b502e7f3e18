package vn.ioc.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clickhouse.client.api.Client;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import vn.ioc.clickhouse.Aggregates;
import vn.ioc.clickhouse.ClickHouseClients;
import vn.ioc.clickhouse.ClickHouseConfig;
import vn.ioc.clickhouse.ClickHouseQueries;
import vn.ioc.clickhouse.FeedStatus;
import vn.ioc.clickhouse.Migrations;
import vn.ioc.enrich.CatalogueFiles;
import vn.ioc.privacy.PseudonymKey;
import vn.ioc.privacy.Pseudonymizer;
import vn.ioc.testing.TestKeys;
import vn.ioc.sink.SinkOptions;
import vn.ioc.testing.TestClickHouse;

/**
 * The whole path on a MiniCluster into a real ClickHouse: the hand-written fixture under
 * src/test/resources/fixtures/e2e covers every status and channel, duplicated and out-of-order snapshots, each
 * reuse kind, fees and online payment, e-results, a supplement that moves the due date, a merged district and
 * commune, and a line of every kind of bad input. Expected rows are in the expected-*.tsv files next to it.
 */
class FeedsJobITCase {

    @RegisterExtension
    static final MiniClusterExtension FLINK = new MiniClusterExtension(
            new MiniClusterResourceConfiguration.Builder().setNumberTaskManagers(1).setNumberSlotsPerTaskManager(2).build());

    private static final String SECRET = "test-key-not-secret-0123456789";
    private static final PseudonymKey KEY = PseudonymKey.of(SECRET);

    static final String DOSSIER_QUERY = "SELECT dossier_id, status, channel, agency_level, successor_agency_code,"
            + " timeliness, digitized, reused, from_store, e_result, population_data, fee_bearing, paid_online,"
            + " supplements, ifNull(toString(due_at), '') AS due, arrayStringConcat(databases, ',') AS dbs,"
            + " arrayStringConcat(quality_flags, ',') AS flags FROM %s.dossiers ORDER BY dossier_id";

    private static Path fixture;

    @BeforeAll
    static void locateFixture() throws URISyntaxException {
        fixture = Path.of(FeedsJobITCase.class.getResource("/fixtures/e2e").toURI());
    }

    @Test
    void fixtureLandsInClickHouseExactly(@TempDir Path checkpoints) throws Exception {
        ClickHouseConfig ch = TestClickHouse.freshDatabase("e2e");
        try (Client client = ClickHouseClients.open(ch)) {
            new Migrations().apply(client, ch.database());
            run(ch, checkpoints, SinkOptions.defaults());

            assertEquals(expected("expected-dossiers.tsv"), tsv(client, String.format(DOSSIER_QUERY, ch.database())));
            assertEquals(expected("expected-rejected.tsv"), tsv(client,
                    "SELECT feed, reason FROM " + ch.database() + ".rejected ORDER BY feed, reason"));
            assertEquals(expected("expected-steps.tsv"), tsv(client, "SELECT dossier_id, officer, late,"
                    + " ifNull(toString(late_hours), '') FROM " + ch.database() + ".steps ORDER BY dossier_id, officer"));

            // suspect dossiers are accepted (they count) and each finding is a row naming its dossier; the
            // invalid id is unknown to the registry, two dossiers declare databases nobody called
            assertEquals(String.join("\n",
                    "APPLICANT_ID_INVALID\t000.22.23.H08-230203-0001",
                    "APPLICANT_NOT_IN_REGISTRY\t000.22.23.H08-230203-0001",
                    "DATES_OUT_OF_ORDER\t000.00.22.H08-230205-0001",
                    "DECLARED_WITHOUT_CALL\t000.00.22.H08-230210-0001",
                    "DECLARED_WITHOUT_CALL\t000.00.22.H08-230403-0001",
                    "DIGITIZED_WITHOUT_FILE\t000.00.22.H08-230301-0001",
                    "E_RESULT_WITHOUT_FILE\t000.21.00.H08-230202-0001",
                    "UNKNOWN_AGENCY\t000.99.99.H08-230206-0001"), tsv(client, "SELECT code, dossier_id FROM "
                    + ch.database() + ".findings ORDER BY code, dossier_id"));

            Map<String, String> agency = ClickHouseQueries.select(client, "SELECT level, current_successor_code,"
                    + " province_code FROM " + ch.database() + ".agencies FINAL WHERE agency_code = '000.22.23.H08'").get(0);
            assertEquals("3", agency.get("level"));
            assertEquals("000.22.23.H39", agency.get("current_successor_code"));
            assertEquals("000.00.00.H08", agency.get("province_code"));

            assertEquals("1", ClickHouseQueries.select(client, "SELECT count() AS n FROM " + ch.database()
                    + ".dossiers WHERE overdue AND dossier_id = '000.22.23.H08-230115-0001'").get(0).get("n"));

            // every line read is accounted for: accepted, or rejected with its reason (the blank line is no record)
            Map<String, FeedStatus.Counts> status = FeedStatus.read(client, ch.database());
            assertEquals(new FeedStatus.Counts(40, 33, 7), status.get("dossier-sync"));
            assertEquals(new FeedStatus.Counts(7, 6, 1), status.get("processing-log"));
            assertEquals(new FeedStatus.Counts(4, 3, 1), status.get("exchange-log"));
            assertEquals(new FeedStatus.Counts(8, 7, 1), status.get("agencies"));
            assertEquals(new FeedStatus.Counts(3, 2, 1), status.get("procedures"));
            assertEquals(new FeedStatus.Counts(6, 5, 1), status.get("population"));
            assertEquals(new FeedStatus.Counts(1, 1, 0), status.get("business-registry"));
            assertEquals(new FeedStatus.Counts(1, 1, 0), status.get("insurance"));
            assertEquals(new FeedStatus.Counts(7, 6, 1), status.get("petitions"));
            assertEquals(new FeedStatus.Counts(3, 3, 0), status.get("publications"));
            assertEquals(new FeedStatus.Counts(6, 6, 0), status.get("reception-reports"));

            // registries: the latest change of each record wins, deletions are gone, keys are pseudonyms
            Pseudonymizer p = new Pseudonymizer(KEY);
            assertEquals(String.join("\n",
                            "business-registry\t" + p.pseudonymize("4100259564") + "\t\t1\t000.22.23.H08",
                            "insurance\t" + p.pseudonymize("5201234567") + "\t" + p.pseudonymize("052203001234")
                                    + "\t1\t000.22.23.H08"),
                    tsv(client, "SELECT registry, key_ref, linked_ref, status, commune FROM " + ch.database()
                            + ".registries WHERE registry != 'population' ORDER BY registry"));
            assertEquals("000.22.23.H39", ClickHouseQueries.select(client, "SELECT commune FROM " + ch.database()
                    + ".registries WHERE key_ref = '" + p.pseudonymize("052203001234") + "' AND registry = 'population'")
                    .get(0).get("commune"), "the update moved the citizen");
            assertEquals("2", ClickHouseQueries.select(client, "SELECT count() AS n FROM " + ch.database()
                    + ".registries WHERE registry = 'population'").get(0).get("n"), "the deleted citizen is gone");
            assertEquals(String.valueOf(status.values().stream().mapToLong(FeedStatus.Counts::rejected).sum()),
                    ClickHouseQueries.select(client, "SELECT count() AS n FROM " + ch.database() + ".rejected")
                            .get(0).get("n"), "each rejected line has its row in the rejected table");

            String calls = tsv(client, "SELECT call_id, dossier_id, database, outcome, latency_ms FROM "
                    + ch.database() + ".calls ORDER BY call_id");
            assertEquals(String.join("\n",
                    "R-0001\t000.21.00.H08-230105-0001\tCSDLQGDC\t1\t142",
                    "R-0002\t000.21.00.H08-230401-0001\tCSDLQGDKDN\t4\t3012",
                    "R-0003\t\tCSDLQGDC\t3\t95"), calls);
        }
    }

    /**
     * Every indicator's figures for one unit, computed by hand from the fixture: the Justice department
     * 000.21.00.H08 has 6 dossiers of procedure 1.001234, 5 of them received (230117 is still new). Its successor
     * after the 2025 reform, 000.21.00.H39, has no dossier of its own and shows the same figures.
     */
    @Test
    void indicatorFiguresOfOneUnitMatchTheHandComputation(@TempDir Path checkpoints) throws Exception {
        ClickHouseConfig ch = TestClickHouse.freshDatabase("figures");
        try (Client client = ClickHouseClients.open(ch)) {
            new Migrations().apply(client, ch.database());
            run(ch, checkpoints, SinkOptions.defaults());
            List<String> indicators = new java.util.ArrayList<>(vn.ioc.score.RuleTable.load().version(null).keySet());
            String expected = String.join("\n",
                    // publications: 12/ on time, 45/ late, 78/ never published; made public late, on time, never
                    "PUBLISH_ON_TIME\t1\t3",
                    "PUBLIC_UPDATE_ON_TIME\t1\t3",
                    "PUBLIC_CONTENT_FULL\t1\t2",
                    // 5 received and synced; the unit reported 2 + 1 + 1 (corrected from 3) + 1 + 1
                    "DOSSIER_SYNC\t5\t6",
                    // 230411 is stopped (closed); 230401 is open and overdue
                    "ON_TIME\t3\t4",
                    "ONLINE_OFFERED\t1\t1",
                    "ONLINE_USED\t1\t1",
                    "ONLINE_DOSSIERS\t4\t5",
                    "PAYMENT_A\t2\t2",
                    "PAYMENT_B\t1\t1",
                    "PAYMENT_C\t1\t1",
                    // PAKN-0001 on time and satisfied; 0002 handled late (its latest update), unsatisfied; 0003 open past due
                    "PETITION_PROCESSING_ON_TIME\t1\t3",
                    "PETITION_HANDLING_SATISFACTION\t1\t3",
                    // not counted: 230401 overdue, 230201 petitioned, 230202 rated dissatisfied
                    "DOSSIER_RECEIVING_SATISFACTION\t2\t5",
                    // finished with a result due: 230105, 230201, 230202; only 230105 has its e-result file
                    "ORIGINAL_RESULT_AVAILABLE\t1\t3",
                    "SO_HOA_GIAY_TO_GIAI_QUYET\t1\t5",
                    "REUSED_DIGITIZED_DATA\t2\t5",
                    "SYNCED_WITH_DVCQG_PERSONAL_STORAGE\t2\t5",
                    "CITIZEN_DATA_CONNECTED_DOSSIER\t1\t5",
                    "CITIZEN_DATA_CONNECTED_FORMALITY\t1\t1",
                    "ELECTRONIC_CERTIFIED_COPY\t\t");
            for (String unit : List.of("000.21.00.H08", "000.21.00.H39")) {
                List<vn.ioc.score.Scorecard.Input> figures = vn.ioc.score.IndicatorFigures.query(client,
                        ch.database(), vn.ioc.score.Period.parse("2023"), unit, null, indicators);
                assertEquals(expected, figures.stream().map(f -> f.indicator() + "\t"
                        + (f.numerator() == null ? "" : f.numerator()) + "\t"
                        + (f.denominator() == null ? "" : f.denominator())).collect(Collectors.joining("\n")), unit);
            }
        }
    }

    /** A replay of the same feeds, with a crash in the middle of it, changes no answer. */
    @Test
    void replayAndRecoveryLeaveIdenticalResults(@TempDir Path checkpoints) throws Exception {
        ClickHouseConfig ch = TestClickHouse.freshDatabase("replay");
        try (Client client = ClickHouseClients.open(ch)) {
            new Migrations().apply(client, ch.database());
            run(ch, checkpoints.resolve("first"), SinkOptions.defaults());
            String first = snapshotOfViews(client, ch.database());

            run(ch, checkpoints.resolve("second"), SinkOptions.defaults().withBatchRows(3));
            assertEquals(first, snapshotOfViews(client, ch.database()));

            FailingOnceSinks.arm(7);
            run(fixture, new FailingOnceSinks(new ClickHouseFeedSinks(ch, SinkOptions.defaults().withBatchRows(2))),
                    checkpoints.resolve("third"));
            assertTrue(FailingOnceSinks.fired(), "the injected failure must have happened");
            assertEquals(first, snapshotOfViews(client, ch.database()));
        }
    }

    /**
     * A line longer than the reader's limit (1 MiB) is rejected as OVERSIZED with its file, byte offset and the first
     * 4 KiB of its payload; the lines around it are read normally.
     */
    @Test
    void oversizedLineIsRejectedAndTheJobGoesOn(@TempDir Path feeds, @TempDir Path checkpoints) throws Exception {
        for (String catalogue : List.of("agencies", "procedures")) {
            Files.createDirectories(feeds.resolve(catalogue));
            Files.copy(fixture.resolve(catalogue).resolve("part-00000.jsonl"),
                    feeds.resolve(catalogue).resolve("part-00000.jsonl"));
        }
        // the fixture also holds a line of invalid UTF-8, so only its first line is decoded
        String fixtureLines = new String(Files.readAllBytes(fixture.resolve("dossier-sync/part-00000.jsonl")),
                StandardCharsets.UTF_8);
        String valid = fixtureLines.substring(0, fixtureLines.indexOf('\n'));
        String oversized = valid.replace("230105-0001", "230105-0098")
                .replace("\"Thủ tục 1.001234\"", "\"" + "x".repeat(1_200_000) + "\"");
        Path file = Files.createDirectories(feeds.resolve("dossier-sync")).resolve("part-00000.jsonl");
        Files.writeString(file, valid + "\n" + oversized + "\n" + valid.replace("230105-0001", "230105-0099") + "\n");

        ClickHouseConfig ch = TestClickHouse.freshDatabase("oversized");
        try (Client client = ClickHouseClients.open(ch)) {
            new Migrations().apply(client, ch.database());
            run(feeds, new ClickHouseFeedSinks(ch, SinkOptions.defaults()), checkpoints);

            assertEquals("000.21.00.H08-230105-0001\n000.21.00.H08-230105-0099", tsv(client,
                    "SELECT dossier_id FROM " + ch.database() + ".dossiers ORDER BY dossier_id"));
            Map<String, String> rejected = ClickHouseQueries.select(client, "SELECT feed, source_file, offset, reason,"
                    + " length(payload) AS kept, startsWith(payload, '{\"MaHoSo\":\"000.21.00.H08-230105-0098\"') AS"
                    + " head FROM " + ch.database() + ".rejected WHERE feed = 'dossier-sync'").get(0);
            assertEquals("dossier-sync", rejected.get("feed"));
            assertTrue(rejected.get("source_file").endsWith("dossier-sync/part-00000.jsonl"), rejected.toString());
            assertEquals(String.valueOf(valid.getBytes(StandardCharsets.UTF_8).length + 1), rejected.get("offset"));
            assertEquals("OVERSIZED", rejected.get("reason"));
            assertTrue(Integer.parseInt(rejected.get("kept")) <= 4096, rejected.toString());
            assertEquals("1", rejected.get("head"), "the payload kept is the line's beginning");
            assertEquals(new FeedStatus.Counts(3, 2, 1), FeedStatus.read(client, ch.database()).get("dossier-sync"));
        }
    }

    @Test
    void noClearIdentifierOrNameReachesClickHouse(@TempDir Path checkpoints) throws Exception {
        ClickHouseConfig ch = TestClickHouse.freshDatabase("privacy");
        try (Client client = ClickHouseClients.open(ch)) {
            new Migrations().apply(client, ch.database());
            run(ch, checkpoints, SinkOptions.defaults());
            List<String> tables = ClickHouseQueries.select(client, "SELECT name FROM system.tables WHERE database = '"
                    + ch.database() + "' AND engine LIKE '%MergeTree'").stream().map(r -> r.get("name")).toList();
            assertTrue(tables.size() >= 9, "all tables scanned: " + tables);
            String everything = String.join("\n", tables.stream()
                    .map(t -> {
                        try {
                            return tsv(client, "SELECT * FROM " + ch.database() + "." + t);
                        } catch (Exception e) {
                            throw new IllegalStateException(e);
                        }
                    }).toList());
            for (String secret : List.of("052203001234", "052085004321", "4100259564", "052203009999",
                    "211234567", "999203001234", "001185004321", "5201234567", "Nguyễn Văn An", "Trần Thị Bình",
                    "0905123456", "an.nguyen@example.vn")) {
                assertFalse(everything.contains(secret), secret + " reached ClickHouse");
            }
            String pseudonym = new Pseudonymizer(KEY).pseudonymize("052203001234");
            assertTrue(everything.contains(pseudonym), "the applicant's pseudonym is stored instead");
        }
    }

    /** Runs the job over the fixture, then refreshes the aggregates, as ./ioc run does after a backfill. */
    private static void run(ClickHouseConfig ch, Path checkpoints, SinkOptions options) throws Exception {
        run(fixture, new ClickHouseFeedSinks(ch, options), checkpoints);
        try (Client client = ClickHouseClients.open(ch)) {
            new Aggregates().refresh(client, ch.database());
        }
    }

    private static void run(Path feeds, FeedSinks sinks, Path checkpoints) throws Exception {
        StreamExecutionEnvironment env =
                new JobSettings(2, Duration.ofMillis(200), checkpoints, 3).environment();
        new FeedsJob(new FileFeedSources(feeds, null), sinks, CatalogueFiles.load(feeds),
                        new Pseudonymizer(TestKeys.file(SECRET)))
                .build(env);
        env.execute("feeds-job-test");
    }

    static String snapshotOfViews(Client client, String db) throws Exception {
        return tsv(client, String.format(DOSSIER_QUERY, db)) + "\n"
                + tsv(client, "SELECT * FROM " + db + ".steps ORDER BY dossier_id, step_at, officer") + "\n"
                + tsv(client, "SELECT * FROM " + db + ".calls ORDER BY call_id") + "\n"
                + tsv(client, "SELECT feed, source_file, offset, reason, detail, payload FROM " + db
                        + ".rejected ORDER BY feed, source_file, offset") + "\n"
                + tsv(client, "SELECT * FROM " + db + ".headline_rates_by_level");
    }

    /** The rows as text, without the time each was inserted, which differs from run to run by design. */
    static String tsv(Client client, String sql) throws Exception {
        List<Map<String, String>> rows = ClickHouseQueries.select(client, sql);
        return rows.stream()
                .map(r -> r.entrySet().stream().filter(e -> !e.getKey().equals("ingested_at"))
                        .map(e -> e.getValue() == null ? "" : e.getValue()).collect(Collectors.joining("\t")))
                .collect(Collectors.joining("\n"));
    }

    private static String expected(String name) throws IOException {
        return Files.readAllLines(fixture.resolve(name), StandardCharsets.UTF_8).stream()
                .filter(l -> !l.startsWith("#"))
                .collect(Collectors.joining("\n"));
    }
}
