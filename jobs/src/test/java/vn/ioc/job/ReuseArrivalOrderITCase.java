package vn.ioc.job;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.clickhouse.client.api.Client;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.ioc.clickhouse.ClickHouseClients;
import vn.ioc.clickhouse.ClickHouseConfig;
import vn.ioc.clickhouse.Migrations;
import vn.ioc.enrich.CatalogueFiles;
import vn.ioc.privacy.Pseudonymizer;
import vn.ioc.testing.TestKeys;
import vn.ioc.sink.SinkOptions;
import vn.ioc.testing.LedgerWait;
import vn.ioc.testing.TestClickHouse;

/**
 * The three views of reuse and the join findings of a hand-written fixture (fixtures/reuse, expected-reuse.tsv),
 * for every order in which dossiers, registry records and exchange calls can arrive: each group of feeds appears in
 * a watched directory only once the previous group has been read, while the job streams.
 *
 * <p>The fixture: citizens A (population), B (population and insurance) and C (unknown); enterprises E1 (operating),
 * E2 (dissolved before submission) and E3 (founded after submission). A's first dossier declares and calls the
 * population database; B's submits on paper what the population database and an earlier result hold (missed); C's
 * declares without a call; A's second was called without declaring; B's insurance claim misses the insurance
 * database; E1 declares and calls; E2 misses the business registry; E3 takes the component from the DVCQG store.
 */
class ReuseArrivalOrderITCase {
    private static final List<List<String>> GROUPS = List.of(
            List.of("dossier-sync"),
            List.of("population", "business-registry", "insurance"),
            List.of("exchange-log"));

    @RegisterExtension
    static final MiniClusterExtension FLINK = new MiniClusterExtension(
            new MiniClusterResourceConfiguration.Builder().setNumberTaskManagers(1).setNumberSlotsPerTaskManager(2).build());

    private static Path fixture;

    @BeforeAll
    static void locateFixture() throws URISyntaxException {
        fixture = Path.of(ReuseArrivalOrderITCase.class.getResource("/fixtures/reuse").toURI());
    }

    /** @param order the groups' arrival order: 0 dossiers, 1 registries, 2 calls */
    @ParameterizedTest(name = "arrival order {0}")
    @ValueSource(strings = {"012", "021", "102", "120", "201", "210"})
    void sameReuseAndFindingsWhateverTheOrderOfArrival(String order, @TempDir Path watched, @TempDir Path checkpoints)
            throws Exception {
        for (String catalogue : List.of("agencies", "procedures")) {
            publish(catalogue, watched);
        }
        ClickHouseConfig ch = TestClickHouse.freshDatabase("reuse" + order);
        try (Client client = ClickHouseClients.open(ch)) {
            new Migrations().apply(client, ch.database());
            StreamExecutionEnvironment env = new JobSettings(2, Duration.ofMillis(300), checkpoints, 0).environment();
            new FeedsJob(new FileFeedSources(watched, Duration.ofMillis(100)),
                            new ClickHouseFeedSinks(ch, SinkOptions.defaults().withFlushInterval(Duration.ofMillis(100))),
                            CatalogueFiles.load(fixture), new Pseudonymizer(TestKeys.file("reuse-test-key-0123456")))
                    .build(env);
            JobClient job = env.executeAsync("reuse-" + order);
            try {
                long lines = lines("agencies") + lines("procedures");
                for (char g : order.toCharArray()) {
                    for (String feed : GROUPS.get(g - '0')) {
                        publish(feed, watched);
                        lines += lines(feed);
                    }
                    LedgerWait.linesRead(client, ch.database(), lines, Duration.ofSeconds(60));
                }
                String expected = Files.readAllLines(fixture.resolve("expected-reuse.tsv"), StandardCharsets.UTF_8)
                        .stream().filter(l -> !l.startsWith("#")).collect(Collectors.joining("\n"));
                assertEquals(expected, awaitRows(client, ch.database(), expected), "arrival order " + order);
                assertEquals(String.join("\n",
                                "APPLICANT_NOT_IN_REGISTRY\t000.21.00.H08-230112-0001",
                                "CALL_WITHOUT_DECLARATION\t000.21.00.H08-230113-0001",
                                "DECLARED_WITHOUT_CALL\t000.21.00.H08-230112-0001",
                                "ENTERPRISE_NOT_ACTIVE\t000.30.00.H08-230202-0001",
                                "ENTERPRISE_NOT_ACTIVE\t000.30.00.H08-230203-0001"),
                        FeedsJobITCase.tsv(client, "SELECT code, dossier_id FROM " + ch.database()
                                + ".findings ORDER BY code, dossier_id"));
            } finally {
                job.cancel().get();
            }
        }
    }

    private static String rows(Client client, String db) throws Exception {
        return FeedsJobITCase.tsv(client, "SELECT dossier_id, arrayStringConcat(declared, ','),"
                + " arrayStringConcat(observed, ','), arrayStringConcat(observed_matched, ','),"
                + " arrayStringConcat(registries_found, ','), arrayStringConcat(possible, ','),"
                + " arrayStringConcat(missed, ','), missed_components, calls, arrayStringConcat(findings, ',')"
                + " FROM " + db + ".reuse ORDER BY dossier_id");
    }

    /** Rows are revised as inputs arrive: poll until they match, and return the last answer for the message. */
    private static String awaitRows(Client client, String db, String expected) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        String rows = rows(client, db);
        while (!rows.equals(expected) && System.nanoTime() < deadline) {
            Thread.sleep(200);
            rows = rows(client, db);
        }
        return rows;
    }

    private static long lines(String feed) throws Exception {
        return Files.readAllLines(fixture.resolve(feed).resolve("part-00000.jsonl")).stream()
                .filter(l -> !l.isBlank()).count();
    }

    private static void publish(String feed, Path watched) throws Exception {
        Path dir = Files.createDirectories(watched.resolve(feed));
        Path aside = dir.resolve(".part.tmp");
        Files.copy(fixture.resolve(feed).resolve("part-00000.jsonl"), aside, StandardCopyOption.REPLACE_EXISTING);
        Files.move(aside, dir.resolve("part-00000.jsonl"), StandardCopyOption.ATOMIC_MOVE);
    }
}
