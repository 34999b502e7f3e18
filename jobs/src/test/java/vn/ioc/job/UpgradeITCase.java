package vn.ioc.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clickhouse.client.api.Client;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import vn.ioc.clickhouse.ClasspathDirectory;
import vn.ioc.clickhouse.ClickHouseClients;
import vn.ioc.clickhouse.ClickHouseConfig;
import vn.ioc.clickhouse.ClickHouseQueries;
import vn.ioc.clickhouse.Migrations;
import vn.ioc.clickhouse.OperatorQueries;
import vn.ioc.clickhouse.ProvinceAccess;
import vn.ioc.clickhouse.SqlScript;
import vn.ioc.clickhouse.Views;
import vn.ioc.enrich.CatalogueFiles;
import vn.ioc.privacy.Pseudonymizer;
import vn.ioc.sink.SinkOptions;
import vn.ioc.testing.TestClickHouse;
import vn.ioc.testing.TestKeys;

/**
 * A database made by the previous release (its migrations, V001 to V008, and its hand-written province database,
 * copied verbatim into src/test/resources/previous-release) and filled by the job is brought up to date by what {@code ./ioc migrate}
 * runs, in place: no row is lost, every operator question answers as before, and the province database is rebuilt
 * from the shared definitions and registered for later upgrades.
 */
class UpgradeITCase {

    @RegisterExtension
    static final MiniClusterExtension FLINK = new MiniClusterExtension(
            new MiniClusterResourceConfiguration.Builder().setNumberTaskManagers(1).setNumberSlotsPerTaskManager(2).build());

    @Test
    void aDatabaseOfThePreviousReleaseIsMigratedInPlace(@TempDir Path checkpoints) throws Exception {
        ClickHouseConfig ch = TestClickHouse.freshDatabase("upgrade");
        String db = ch.database();
        String pdb = ProvinceAccess.databaseFor("000.00.00.H08");
        try (Client client = ClickHouseClients.open(ch)) {
            ClickHouseQueries.execute(client, "DROP DATABASE IF EXISTS " + pdb);
            Migrations.releasedUpTo(8).apply(client, db);
            Map<String, String> params = Map.of("db", db, "pdb", pdb, "province", "000.00.00.H08");
            for (String file : List.of("province.sql", "province-backfill.sql")) {
                for (String s : SqlScript.statements(ClasspathDirectory.readFile("previous-release/" + file), params)) {
                    ClickHouseQueries.execute(client, s);
                }
            }
            fillAsThePreviousReleaseDid(client, db, checkpoints);

            Map<String, String> rowsBefore = rowCounts(client, db);
            // the questions as the previous release asked them, over its views
            Map<String, String> answersBefore = new LinkedHashMap<>();
            Map<String, String> reference = ClasspathDirectory.read("reference-questions");
            for (OperatorQueries.Query q : OperatorQueries.all()) {
                answersBefore.put(q.name(), ClickHouseQueries.select(client, reference.get(q.file()), db).toString());
            }
            String provinceDossiers = count(client, pdb + ".dossiers");

            List<Integer> applied = new Migrations().apply(client, db);
            assertTrue(applied.contains(9), "the province registry is new: " + applied);
            assertEquals(List.of(pdb), ProvinceAccess.upgradeAll(client, db));

            Map<String, String> rowsAfter = rowCounts(client, db);
            rowsAfter.keySet().retainAll(rowsBefore.keySet());
            assertEquals(rowsBefore, rowsAfter, "no row lost or added");
            assertEquals(answersBefore, answers(client, db), "every operator question answers as before");
            assertEquals(provinceDossiers, count(client, pdb + ".dossiers"));
            assertEquals("000.00.00.H08", ClickHouseQueries.select(client, "SELECT province FROM " + db
                    + ".province_databases FINAL WHERE database = '" + pdb + "'").get(0).get("province"));
            for (OperatorQueries.Query q : OperatorQueries.all()) {
                ClickHouseQueries.select(client, q.sql(), pdb);
            }
            assertTrue(Long.parseLong(count(client, pdb + ".procedures")) > 0, "the province database has every table");

            assertEquals(List.of(), new Migrations().apply(client, db), "up to date");
            assertEquals(List.of(), new Views().apply(client, db, null, () -> { }), "views left alone when no file changed");
        }
    }

    private static Map<String, String> rowCounts(Client client, String db) throws Exception {
        Map<String, String> counts = new LinkedHashMap<>();
        for (Map<String, String> t : ClickHouseQueries.select(client, "SELECT name FROM system.tables WHERE database = '"
                + db + "' AND engine LIKE '%MergeTree' AND name NOT LIKE 'schema_%' ORDER BY name")) {
            counts.put(t.get("name"), count(client, db + "." + t.get("name")));
        }
        return counts;
    }

    private static Map<String, String> answers(Client client, String db) throws Exception {
        Map<String, String> answers = new LinkedHashMap<>();
        for (OperatorQueries.Query q : OperatorQueries.all()) {
            answers.put(q.name(), ClickHouseQueries.select(client, q.sql(), db).toString());
        }
        return answers;
    }

    private static String count(Client client, String table) throws Exception {
        return ClickHouseQueries.select(client, "SELECT count() AS n FROM " + table).get(0).get("n");
    }

    /**
     * The rows the job writes, in the columns the previous release's tables have: the job runs into a database of
     * the current schema, and each table's rows are copied into the old one column by column (the columns added
     * since get no value there, as they had none then).
     */
    private static void fillAsThePreviousReleaseDid(Client client, String db, Path checkpoints) throws Exception {
        ClickHouseConfig current = TestClickHouse.migratedDatabase("upgrade_source");
        runFixture(current, checkpoints);
        for (Map<String, String> t : ClickHouseQueries.select(client, "SELECT name FROM system.tables WHERE database = '"
                + db + "' AND engine LIKE '%MergeTree' AND name != 'schema_migrations' ORDER BY name")) {
            String table = t.get("name");
            List<String> columns = ClickHouseQueries.select(client, "SELECT name FROM system.columns WHERE database"
                    + " = '" + db + "' AND table = '" + table + "' AND default_kind = ''").stream()
                    .map(c -> c.get("name")).toList();
            String list = String.join(", ", columns);
            ClickHouseQueries.execute(client, "INSERT INTO " + db + "." + table + " (" + list + ") SELECT " + list
                    + " FROM " + current.database() + "." + table);
        }
    }

    private static void runFixture(ClickHouseConfig ch, Path checkpoints) throws Exception {
        Path fixture;
        try {
            fixture = Path.of(UpgradeITCase.class.getResource("/fixtures/e2e").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        StreamExecutionEnvironment env = new JobSettings(2, Duration.ofSeconds(1), checkpoints, 3).environment();
        new FeedsJob(new FileFeedSources(fixture, null), new ClickHouseFeedSinks(ch, SinkOptions.defaults()),
                        CatalogueFiles.load(fixture), new Pseudonymizer(TestKeys.file("upgrade-test-key-0123456")))
                .build(env);
        env.execute("upgrade");
    }
}
