package vn.ioc.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clickhouse.client.api.Client;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import vn.ioc.clickhouse.ClickHouseClients;
import vn.ioc.clickhouse.ClickHouseConfig;
import vn.ioc.clickhouse.ClickHouseQueries;
import vn.ioc.clickhouse.FeedStatus;
import vn.ioc.clickhouse.ProvinceAccess;
import vn.ioc.enrich.CatalogueFiles;
import vn.ioc.feed.Feed;
import vn.ioc.generate.FeedGenerator;
import vn.ioc.privacy.Pseudonymizer;
import vn.ioc.sink.SinkOptions;
import vn.ioc.testing.TestClickHouse;
import vn.ioc.testing.TestKeys;

/**
 * The malformed-and-poison corpus (src/test/resources/poison: one file per feed, each line's expected outcome in
 * expected.tsv) among a generated province, through the real job into a real ClickHouse, against a clean run of
 * the same province: the run finishes, every poison line is in the ledger and in rejected_records with its reason
 * or accepted with its finding, every other dossier, step, call and registry record is the clean run's, and none
 * of the names, ids, phones and birth dates the corpus hides anywhere reaches ClickHouse.
 */
class PoisonCorpusITCase {

    @RegisterExtension
    static final MiniClusterExtension FLINK = new MiniClusterExtension(
            new MiniClusterResourceConfiguration.Builder().setNumberTaskManagers(1).setNumberSlotsPerTaskManager(2).build());

    private static final Pseudonymizer PSEUDONYMIZER = new Pseudonymizer(TestKeys.file("it-key-0123456789abc"));
    private static final String POISON_FILE = "poison.jsonl";
    /** What the corpus hides in names, notes, unknown keys, objects and wrongly typed fields. */
    private static final List<String> SECRETS = List.of("Lý Thị Yến", "Thị Yến", "052047973856", "052 047 973 856",
            "052.047.973.856", "0905.123.456", "0905123456", "12/05/1985", "19850512");

    /** One poison line and what must become of it. */
    record Expected(String feed, int line, boolean accepted, String reason, String finding, String key, String why) {}

    @Test
    void poisonAmongAProvinceIsReportedLineByLineAndChangesNothingElse(@TempDir Path clean, @TempDir Path poisoned,
            @TempDir Path checkpoints) throws Exception {
        new FeedGenerator(FeedGenerator.DEFAULT_PROFILE, 0.003, 2023).generate(clean);
        copyTree(clean, poisoned);
        List<Expected> corpus = corpus();
        Set<String> feeds = new HashSet<>();
        for (Expected e : corpus) {
            feeds.add(e.feed());
        }
        assertTrue(corpus.size() >= 40, "at least 40 poison lines: " + corpus.size());
        for (Feed feed : Feed.values()) {
            assertTrue(feeds.contains(feed.directory()), "the corpus covers " + feed.directory());
            try (InputStream in = resource(feed.directory() + ".jsonl")) {
                Files.createDirectories(poisoned.resolve(feed.directory()));
                Files.copy(in, poisoned.resolve(feed.directory()).resolve(POISON_FILE));
            }
        }
        List<Expected> all = new ArrayList<>(corpus);
        all.addAll(generatedPoison(poisoned.resolve(Feed.DOSSIER_SYNC.directory()).resolve("poison-generated.jsonl")));

        ClickHouseConfig cleanDb = TestClickHouse.migratedDatabase("poison_clean");
        ClickHouseConfig poisonedDb = TestClickHouse.migratedDatabase("poison_run");
        // the province's own database, fed by the main tables as they are written, must stay clean too
        String provinceDb = ProvinceAccess.databaseFor("000.00.00.H08");
        try (Client client = ClickHouseClients.open(poisonedDb)) {
            ClickHouseQueries.execute(client, "DROP DATABASE IF EXISTS " + provinceDb);
            ProvinceAccess.create(client, poisonedDb.database(), "000.00.00.H08", "52");
        }
        run(clean, cleanDb, checkpoints.resolve("clean"));
        long started = System.nanoTime();
        run(poisoned, poisonedDb, checkpoints.resolve("poisoned"));
        assertTrue(Duration.ofNanos(System.nanoTime() - started).toMinutes() < 5, "the poisoned run finishes");

        try (Client client = ClickHouseClients.open(poisonedDb)) {
            String db = poisonedDb.database();
            for (Expected e : all) {
                checkLine(client, db, poisoned, e);
            }
            Map<String, FeedStatus.Counts> status = FeedStatus.read(client, db);
            Map<String, FeedStatus.Counts> cleanStatus;
            try (Client c = ClickHouseClients.open(cleanDb)) {
                cleanStatus = FeedStatus.read(c, cleanDb.database());
            }
            Map<String, Integer> poisonPerFeed = new HashMap<>();
            all.forEach(e -> poisonPerFeed.merge(e.feed(), 1, Integer::sum));
            for (Map.Entry<String, Integer> f : poisonPerFeed.entrySet()) {
                FeedStatus.Counts counts = status.get(f.getKey());
                FeedStatus.Counts before = cleanStatus.getOrDefault(f.getKey(), new FeedStatus.Counts(0, 0, 0));
                assertEquals(before.read() + f.getValue(), counts.read(), "every poison line read: " + f.getKey());
                assertEquals(counts.read(), counts.accepted() + counts.rejected(), f.getKey());
            }
            scanForSecrets(client, db);
            scanForSecrets(client, provinceDb);
            assertTrue(text(client, provinceDb, "processing_steps").contains("POISON-P04"),
                    "the poisoned note reached the province database, scrubbed");
            ClickHouseQueries.execute(client, "DROP DATABASE " + provinceDb);
        }
        assertSameOutsideThePoison(cleanDb, poisonedDb);
    }

    private static void run(Path feeds, ClickHouseConfig ch, Path checkpoints) throws Exception {
        StreamExecutionEnvironment env = new JobSettings(2, Duration.ofSeconds(2), checkpoints, 3).environment();
        new FeedsJob(new FileFeedSources(feeds, null), new ClickHouseFeedSinks(ch, SinkOptions.defaults()),
                CatalogueFiles.load(feeds), PSEUDONYMIZER).build(env);
        env.execute("poison-corpus");
    }

    /** The ledger entry and the rejection or the finding of one poison line. */
    private static void checkLine(Client client, String db, Path feeds, Expected e) throws Exception {
        String file = e.key().startsWith("generated:") ? "poison-generated.jsonl" : POISON_FILE;
        long offset = offset(feeds.resolve(e.feed()).resolve(file), e.line());
        String where = "feed = '" + e.feed() + "' AND source_file LIKE '%/" + file + "' AND offset = " + offset;
        String what = e.feed() + " line " + e.line() + " (" + e.why() + ")";
        List<Map<String, String>> ledger = ClickHouseQueries.select(client,
                "SELECT accepted FROM " + db + ".feed_ledger FINAL WHERE " + where);
        assertEquals(1, ledger.size(), "in the ledger: " + what);
        assertEquals(e.accepted() ? "1" : "0", ledger.get(0).get("accepted"), what);
        List<Map<String, String>> rejected = ClickHouseQueries.select(client,
                "SELECT reason, detail FROM " + db + ".rejected WHERE " + where);
        if (!e.accepted()) {
            assertEquals(1, rejected.size(), "in rejected_records: " + what);
            assertEquals(e.reason(), rejected.get(0).get("reason"), what + ": " + rejected.get(0).get("detail"));
            return;
        }
        assertEquals(0, rejected.size(), what);
        if (e.finding().isEmpty()) {
            return;
        }
        String flags = e.feed().equals(Feed.DOSSIER_SYNC.directory())
                ? scalar(client, "SELECT toString(quality_flags) AS v FROM " + db + ".dossiers WHERE dossier_id = '"
                        + e.key() + "'")
                : scalar(client, "SELECT toString(quality_flags) AS v FROM " + db + ".registry_records FINAL"
                        + " WHERE key_ref = '" + PSEUDONYMIZER.pseudonymize(e.key()) + "'");
        assertTrue(flags.contains("'" + e.finding() + "'"), what + " has finding " + e.finding() + ": " + flags);
    }

    /** Every dossier, step, call and registry record outside the poison is the clean run's, to the column. */
    private static void assertSameOutsideThePoison(ClickHouseConfig clean, ClickHouseConfig poisoned)
            throws Exception {
        List<String> registryPoison = new ArrayList<>();
        for (Expected e : corpus()) {
            if (!e.key().isEmpty() && !e.key().startsWith("POISON")) {
                registryPoison.add("'" + PSEUDONYMIZER.pseudonymize(e.key()) + "'");
            }
        }
        Map<String, String> tables = Map.of(
                "dossier_facts", "dossier_id NOT LIKE 'POISON%'",
                "processing_steps", "dossier_id NOT LIKE 'POISON%'",
                "exchange_calls", "call_id NOT LIKE 'POISON%'",
                "registry_records", "key_ref NOT IN (" + String.join(", ", registryPoison) + ")",
                "dossier_reuse", "dossier_id NOT LIKE 'POISON%'");
        for (Map.Entry<String, String> t : tables.entrySet()) {
            String a = rows(clean, t.getKey(), t.getValue());
            String b = rows(poisoned, t.getKey(), t.getValue());
            assertFalse(a.isEmpty(), t.getKey() + " has rows");
            assertEquals(a, b, t.getKey() + " outside the poison equals the clean run");
        }
    }

    /** A table's rows (FINAL, sorted, without the insertion time) as text. */
    private static String rows(ClickHouseConfig ch, String table, String filter) throws Exception {
        try (Client client = ClickHouseClients.open(ch)) {
            List<String> columns = ClickHouseQueries.select(client, "SELECT name FROM system.columns WHERE database"
                    + " = '" + ch.database() + "' AND table = '" + table + "' AND name != 'ingested_at'"
                    + " ORDER BY name").stream().map(r -> r.get("name")).toList();
            String cols = String.join(", ", columns);
            List<Map<String, String>> rows = ClickHouseQueries.select(client, "SELECT " + cols + " FROM "
                    + ch.database() + "." + table + " FINAL WHERE " + filter + " ORDER BY " + cols);
            StringBuilder sb = new StringBuilder();
            rows.forEach(r -> sb.append(r).append('\n'));
            return sb.toString();
        }
    }

    private static void scanForSecrets(Client client, String db) throws Exception {
        List<String> tables = ClickHouseQueries.select(client, "SELECT name FROM system.tables WHERE database = '"
                + db + "' AND engine LIKE '%MergeTree'").stream().map(r -> r.get("name")).toList();
        for (String table : tables) {
            String text = text(client, db, table);
            for (String secret : SECRETS) {
                int at = text.indexOf(secret);
                assertFalse(at >= 0, secret + " reached ClickHouse in " + table + ": "
                        + (at < 0 ? "" : text.substring(Math.max(0, at - 300), Math.min(text.length(), at + 100))));
            }
        }
        String note = scalar(client, "SELECT content AS v FROM " + db + ".processing_steps WHERE dossier_id ="
                + " 'POISON-P04'");
        assertEquals("Đã gọi bà ***, CCCD ***, sinh ngày ***, sđt ***", note, "the note is kept, scrubbed");
        assertEquals("Cấp đổi giấy phép lái xe", scalar(client, "SELECT procedure_name AS v FROM " + db
                + ".dossiers WHERE dossier_id = 'POISON-D10'"), "a decomposed name is stored composed (NFC)");
    }

    private static String text(Client client, String db, String table) throws Exception {
        return ClickHouseQueries.select(client, "SELECT * FROM " + db + "." + table).toString();
    }

    /** Poison too large to keep as a file: a dossier with 70,000 attachments and a line over the 1 MiB limit. */
    private static List<Expected> generatedPoison(Path file) throws Exception {
        StringBuilder many = new StringBuilder("{\"MaHoSo\":\"POISON-G01\",\"MaTTHC\":\"1.001\",\"DonViXuLy\":"
                + "\"000.00.00.H08\",\"KenhThucHien\":2,\"TrangThaiHoSo\":1,\"NgayNopHoSo\":\"20230105080000\","
                + "\"TaiLieuNop\":[");
        for (int i = 0; i < 70_000; i++) {
            many.append(i == 0 ? "{}" : ",{}");
        }
        many.append("]}\n");
        String huge = "{\"MaHoSo\":\"POISON-G02\",\"TenTTHC\":\"" + "x".repeat(1_100_000) + "\"}\n";
        Files.writeString(file, many + huge, StandardCharsets.UTF_8);
        return List.of(
                new Expected("dossier-sync", 1, false, "INVALID_VALUE", "", "generated:1",
                        "70,000 attachments would be stored as 4,464 in UInt16"),
                new Expected("dossier-sync", 2, false, "OVERSIZED", "", "generated:2", "a line over 1 MiB"));
    }

    private static List<Expected> corpus() throws Exception {
        List<Expected> out = new ArrayList<>();
        try (InputStream in = resource("expected.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                boolean accepted = f[2].equals("accepted");
                out.add(new Expected(f[0], Integer.parseInt(f[1]), accepted,
                        accepted ? "" : f[2].substring("rejected ".length()), f[3], f[4], f[5]));
            }
        }
        return out;
    }

    /** The byte offset at which the n-th line (from 1) of a file starts: how the ledger names a line. */
    private static long offset(Path file, int n) throws Exception {
        byte[] bytes = Files.readAllBytes(file);
        int line = 1;
        for (int i = 0; i < bytes.length && line < n; i++) {
            if (bytes[i] == '\n') {
                line++;
                if (line == n) {
                    return i + 1;
                }
            }
        }
        return 0;
    }

    private static String scalar(Client client, String sql) throws Exception {
        List<Map<String, String>> rows = ClickHouseQueries.select(client, sql);
        return rows.isEmpty() ? "" : rows.get(0).get("v");
    }

    private static InputStream resource(String name) {
        return PoisonCorpusITCase.class.getResourceAsStream("/poison/" + name);
    }

    private static void copyTree(Path from, Path to) throws Exception {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path p : paths.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }
}
