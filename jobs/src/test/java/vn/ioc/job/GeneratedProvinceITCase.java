package vn.ioc.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clickhouse.client.api.Client;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
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
import vn.ioc.enrich.CatalogueFiles;
import vn.ioc.generate.FeedGenerator;
import vn.ioc.generate.ReferenceRates;
import vn.ioc.privacy.Pseudonymizer;
import vn.ioc.testing.TestKeys;
import vn.ioc.report.ReportData;
import vn.ioc.report.ReportPage;
import vn.ioc.score.Band;
import vn.ioc.score.CsvFiles;
import vn.ioc.score.IndicatorFigures;
import vn.ioc.score.Period;
import vn.ioc.score.Recomputation;
import vn.ioc.score.ReportCheck;
import vn.ioc.score.RuleTable;
import vn.ioc.score.ScoreRule;
import vn.ioc.score.Scorecard;
import vn.ioc.sink.SinkOptions;
import vn.ioc.stack.GrafanaDashboards;
import vn.ioc.testing.TestClickHouse;

/**
 * The generator's default profile through the whole pipeline: SQL over the wide table reproduces Bình Định's
 * 2023 rates per level (domain.md §8) within half a percentage point.
 */
class GeneratedProvinceITCase {

    @RegisterExtension
    static final MiniClusterExtension FLINK = new MiniClusterExtension(
            new MiniClusterResourceConfiguration.Builder().setNumberTaskManagers(1).setNumberSlotsPerTaskManager(2).build());

    private static final Pseudonymizer PSEUDONYMIZER = new Pseudonymizer(TestKeys.file("it-key-0123456789abc"));

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
        new FeedsJob(new FileFeedSources(feeds, null), sinks, CatalogueFiles.load(feeds), PSEUDONYMIZER).build(env);
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
     * Every ClickHouse panel of the Grafana dashboards the compose stack provisions runs on the generated province,
     * over the profile's months, and shows something.
     */
    @Test
    void grafanaDashboardPanelsRunOnTheGeneratedProvince() throws Exception {
        List<GrafanaDashboards.Panel> panels = GrafanaDashboards.clickHousePanels(
                "toDateTime('2023-01-01 00:00:00')", "toDateTime('2023-09-01 00:00:00')");
        assertTrue(panels.size() >= 4, "panels: " + panels.size());
        try (Client client = ClickHouseClients.open(loaded)) {
            for (GrafanaDashboards.Panel panel : panels) {
                assertFalse(ClickHouseQueries.select(client, panel.sql(), loaded.database()).isEmpty(),
                        panel.dashboard() + ": " + panel.title());
            }
        }
    }

    /**
     * Every analyst notebook runs top to bottom on the generated province (jupyter nbconvert --execute: a failing cell
     * fails it) and draws its charts. The executed copies are kept in target/notebooks.
     */
    @Test
    void everyNotebookRunsOnTheGeneratedProvince() throws Exception {
        List<Path> notebooks;
        try (var files = java.nio.file.Files.list(Path.of("..", "notebooks"))) {
            notebooks = files.filter(f -> f.toString().endsWith(".ipynb")).sorted().toList();
        }
        assertTrue(notebooks.size() >= 3, "notebooks: " + notebooks);
        Path out = java.nio.file.Files.createDirectories(Path.of("target", "notebooks"));
        for (Path notebook : notebooks) {
            ProcessBuilder builder = new ProcessBuilder("jupyter", "nbconvert", "--to", "notebook", "--execute",
                    "--ExecutePreprocessor.timeout=300", notebook.toString(), "--output-dir", out.toString())
                    .redirectErrorStream(true);
            builder.environment().put("CLICKHOUSE_URL", loaded.url());
            builder.environment().put("CLICKHOUSE_DATABASE", loaded.database());
            builder.environment().put("CLICKHOUSE_USER", loaded.user());
            builder.environment().put("CLICKHOUSE_PASSWORD", loaded.password());
            Process process;
            try {
                process = builder.start();
            } catch (java.io.IOException e) {
                throw new AssertionError("jupyter is not installed: sudo apt-get install -y python3-pandas"
                        + " python3-matplotlib jupyter-nbconvert python3-ipykernel", e);
            }
            String log = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            assertEquals(0, process.waitFor(), notebook + " failed:\n" + log);
            String executed = java.nio.file.Files.readString(out.resolve(notebook.getFileName()));
            assertTrue(executed.contains("image/png"), notebook + " drew no chart");
        }
    }

    /**
     * The scorecard report opens in headless Chromium and shows what the data gives: the province's total and band as
     * the scorecard computes them for that unit alone, and the officer holding the most late dossiers. The
     * screenshot is kept in target/report/report.png.
     */
    @Test
    void reportShowsTheScoresInChromium() throws Exception {
        Period period = Period.parse("2023-01-01..2023-08-31");
        Map<String, ScoreRule> rules = RuleTable.load().version(null);
        Path dir = java.nio.file.Files.createDirectories(Path.of("target", "report")).toAbsolutePath();
        Path page = dir.resolve("report.html");
        BigDecimal provinceTotal;
        String topOfficer;
        try (Client client = ClickHouseClients.open(loaded)) {
            java.nio.file.Files.writeString(page, ReportPage.render(ReportData.load(client, loaded.database(), period,
                    rules)));
            provinceTotal = new Scorecard(rules).total(IndicatorFigures.query(client, loaded.database(), period,
                    "000.00.00.H08", null, new java.util.ArrayList<>(rules.keySet())));
            topOfficer = ClickHouseQueries.select(client, "SELECT holder FROM " + loaded.database()
                    + ".late_dossier_holders GROUP BY holder ORDER BY count() DESC, holder LIMIT 1").get(0).get("holder");
        }
        String dom = chromium("--dump-dom", page.toUri().toString());
        java.util.regex.Matcher province = java.util.regex.Pattern.compile("<tr data-unit=\"000\\.00\\.00\\.H08\">"
                + ".*?<td class=\"num total\">([0-9.]+)</td>.*?<span class=\"en\">(\\w+)</span></td>").matcher(dom);
        assertTrue(province.find(), "the province's row is on the page");
        assertEquals(provinceTotal.toPlainString(), province.group(1), "the province's total");
        assertEquals(Band.of(provinceTotal).english(), province.group(2), "the province's band");
        assertTrue(dom.contains("<td class=\"officer\">" + topOfficer + "</td>"), "the officer with most late dossiers");
        assertTrue(dom.contains("<svg class=\"chart\""), "charts are inline SVG");
        chromium("--screenshot=" + dir.resolve("report.png"), "--window-size=1280,2400", page.toUri().toString());
        assertTrue(java.nio.file.Files.size(dir.resolve("report.png")) > 10_000, "a screenshot was taken");
    }

    private static String chromium(String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of("chromium", "--headless", "--no-sandbox",
                "--disable-gpu", "--hide-scrollbars"));
        command.addAll(List.of(args));
        Process process;
        try {
            process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        } catch (java.io.IOException e) {
            throw new AssertionError("Chromium is not installed: sudo apt-get install -y chromium", e);
        }
        String out = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(process.waitFor(2, java.util.concurrent.TimeUnit.MINUTES), "chromium finished");
        assertEquals(0, process.exitValue(), "chromium " + args[0]);
        return out;
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

    /**
     * The scorecard from ClickHouse is ./ioc score over its own figures, and it adds up: each group is the sum of its
     * indicators' points, the total the sum of the groups.
     */
    @Test
    void scorecardIsTheScoreOfItsFiguresAndAddsUp(@TempDir Path dir) throws Exception {
        Map<String, ScoreRule> rules = RuleTable.load().version(null);
        List<Scorecard.Input> figures;
        try (Client client = ClickHouseClients.open(loaded)) {
            figures = IndicatorFigures.query(client, loaded.database(), Period.parse("2023-01-01..2023-08-31"), null,
                    null, new ArrayList<>(rules.keySet()));
        }
        List<List<String>> in = new ArrayList<>();
        for (Scorecard.Input f : figures) {
            in.add(List.of(f.unit(), f.indicator(), f.numerator() == null ? "" : f.numerator().toPlainString(),
                    f.denominator() == null ? "" : f.denominator().toPlainString()));
        }
        CsvFiles.write(dir.resolve("in.csv"), List.of("unit", "indicator", "numerator", "denominator"), in);
        assertEquals(0, vn.ioc.cli.Ioc.commandLine().execute("score", "--in", dir.resolve("in.csv").toString(),
                "--out", dir.resolve("out.csv").toString()));
        List<Scorecard.Row> rows = new Scorecard(rules).score(figures);
        List<Map<String, String>> scored = CsvFiles.read(dir.resolve("out.csv"), List.of("unit", "indicator", "score"));
        assertEquals(rows.size(), scored.size());
        for (int i = 0; i < rows.size(); i++) {
            assertEquals(rows.get(i).unit() + "," + rows.get(i).code() + "," + rows.get(i).score(),
                    scored.get(i).get("unit") + "," + scored.get(i).get("indicator") + "," + scored.get(i).get("score"));
        }

        Map<String, Map<String, String>> byUnit = new java.util.LinkedHashMap<>();
        rows.forEach(r -> byUnit.computeIfAbsent(r.unit(), u -> new java.util.HashMap<>()).put(r.code(), r.score()));
        int units = 0;
        for (Map.Entry<String, Map<String, String>> unit : byUnit.entrySet()) {
            Map<String, String> card = unit.getValue();
            BigDecimal groups = BigDecimal.ZERO;
            for (vn.ioc.score.Group g : vn.ioc.score.Group.values()) {
                BigDecimal sum = rules.values().stream().filter(r -> r.group() == g)
                        .map(r -> card.get(r.indicator()).isEmpty() ? BigDecimal.ZERO : new BigDecimal(card.get(r.indicator())))
                        .reduce(BigDecimal.ZERO, BigDecimal::add);
                assertEquals(sum, new BigDecimal(card.get(g.code())), unit.getKey() + " " + g.code());
                groups = groups.add(sum);
            }
            assertEquals(groups, new BigDecimal(card.get("TOTAL")), unit.getKey());
            units++;
        }
        assertTrue(units > 100, "every unit with dossiers is scored: " + units);
        assertTrue(byUnit.containsKey("000.00.00.H39"), "today's province scores its predecessor's dossiers");
        assertEquals(byUnit.get("000.00.00.H08").get("TOTAL"), byUnit.get("000.00.00.H39").get("TOTAL"));
    }

    /**
     * Over the 2023 hierarchy, a unit's figures are its own dossiers' plus its children's, for every indicator that
     * counts dossiers, petitions or publications; indicators that count distinct procedures lie between the
     * largest part and the sum of the parts.
     */
    @Test
    void aParentsFiguresAreItsOwnPlusItsChildrens() throws Exception {
        Period period = Period.parse("2023");
        List<String> indicators = new ArrayList<>(RuleTable.load().version(null).keySet());
        Map<String, Map<String, long[]>> rolled = new java.util.HashMap<>();
        Map<String, Map<String, long[]>> own = new java.util.HashMap<>();
        java.util.Set<String> perProcedure = new java.util.HashSet<>();
        Map<String, List<String>> children = new java.util.TreeMap<>();
        try (Client client = ClickHouseClients.open(loaded)) {
            for (Scorecard.Input f : IndicatorFigures.query(client, loaded.database(), period, null, null, indicators)) {
                if (f.numerator() != null) {
                    rolled.computeIfAbsent(f.unit(), u -> new java.util.HashMap<>()).put(f.indicator(),
                            new long[] {f.numerator().longValueExact(), f.denominator().longValueExact()});
                }
            }
            for (Map<String, String> r : ClickHouseQueries.select(client, "SELECT agency_code, indicator,"
                    + " max(per_procedure) AS pp, sum(numerator) AS n, sum(denominator) AS d FROM " + loaded.database()
                    + ".indicator_inputs WHERE toYear(day) = 2023 GROUP BY agency_code, indicator")) {
                own.computeIfAbsent(r.get("agency_code"), u -> new java.util.HashMap<>()).put(r.get("indicator"),
                        new long[] {Long.parseLong(r.get("n")), Long.parseLong(r.get("d"))});
                if (r.get("pp").equals("1")) {
                    perProcedure.add(r.get("indicator"));
                }
            }
            for (Map<String, String> r : ClickHouseQueries.select(client, "SELECT agency_code, parent_code FROM "
                    + loaded.database() + ".agencies FINAL WHERE endsWith(agency_code, '.H08') AND parent_code != ''")) {
                children.computeIfAbsent(r.get("parent_code"), p -> new ArrayList<>()).add(r.get("agency_code"));
            }
        }
        assertTrue(children.size() > 5, "the province and its districts have children: " + children.keySet());
        int checked = 0;
        for (Map.Entry<String, List<String>> parent : children.entrySet()) {
            for (String indicator : indicators) {
                if (IndicatorFigures.NOT_IN_FEEDS.contains(indicator)) {
                    continue;
                }
                // for a procedure-counting indicator the own part summed over days bounds its distinct count above
                long[] sum = figure(own, parent.getKey(), indicator).clone();
                long[] largest = new long[2];
                for (String child : parent.getValue()) {
                    long[] c = figure(rolled, child, indicator);
                    for (int k = 0; k < 2; k++) {
                        sum[k] += c[k];
                        largest[k] = Math.max(largest[k], c[k]);
                    }
                }
                long[] p = figure(rolled, parent.getKey(), indicator);
                String what = parent.getKey() + " " + indicator;
                if (perProcedure.contains(indicator)) {
                    assertTrue(p[0] >= largest[0] && p[0] <= sum[0] && p[1] >= largest[1] && p[1] <= sum[1], what);
                } else {
                    assertEquals(sum[0], p[0], what + " numerator");
                    assertEquals(sum[1], p[1], what + " denominator");
                }
                checked++;
            }
        }
        assertTrue(checked > 100, "checked " + checked);
    }

    private static long[] figure(Map<String, Map<String, long[]>> figures, String unit, String indicator) {
        return figures.getOrDefault(unit, Map.of()).getOrDefault(indicator, new long[2]);
    }
}
