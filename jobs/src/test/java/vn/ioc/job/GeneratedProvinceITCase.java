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
import vn.ioc.clickhouse.Aggregates;
import vn.ioc.clickhouse.ClasspathDirectory;
import vn.ioc.clickhouse.ClickHouseClients;
import vn.ioc.clickhouse.ClickHouseConfig;
import vn.ioc.clickhouse.ClickHouseQueries;
import vn.ioc.clickhouse.Migrations;
import vn.ioc.clickhouse.SqlScript;
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
import vn.ioc.score.RankedUnits;
import vn.ioc.score.Ranking;
import vn.ioc.score.Recomputation;
import vn.ioc.score.ReportCheck;
import vn.ioc.score.IndicatorNames;
import vn.ioc.score.RuleTable;
import vn.ioc.score.ScoreRule;
import vn.ioc.score.Scorecard;
import vn.ioc.sink.SinkOptions;
import vn.ioc.stack.GrafanaDashboards;
import vn.ioc.testing.SqlScores;
import vn.ioc.testing.TestClickHouse;
import vn.ioc.cli.ScorecardCommand;

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
        try (Client client = ClickHouseClients.open(loaded)) {
            new Aggregates().refresh(client, loaded.database());
        }
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

    /**
     * The questions that read aggregates answer exactly as they did over the collapsing views (their former text,
     * kept in src/test/resources/reference-questions).
     */
    @Test
    void everyOperatorQuestionAnswersAsItsReferenceOverTheViews() throws Exception {
        Map<String, String> reference = ClasspathDirectory.read("reference-questions");
        try (Client client = ClickHouseClients.open(loaded)) {
            for (OperatorQueries.Query q : OperatorQueries.all()) {
                String expected = reference.get(q.file());
                assertTrue(expected != null, "a reference for " + q.file());
                assertEquals(ClickHouseQueries.select(client, expected, loaded.database()),
                        ClickHouseQueries.select(client, q.sql(), loaded.database()), q.file());
            }
        }
    }

    /**
     * The 766 inputs from the aggregate indicator_counts equal their definition computed from every dossier on the
     * spot (src/test/resources/reference-indicator-inputs.sql: V005's view with the rule fixes of docs/indicators.md).
     */
    @Test
    void indicatorInputsEqualTheirDefinitionOverEveryDossier() throws Exception {
        String reference = SqlScript.fill(ClasspathDirectory.readFile("reference-indicator-inputs.sql"),
                Map.of("db", loaded.database()));
        String order = " ORDER BY indicator, day, agency_code, procedure_code, numerator, denominator";
        try (Client client = ClickHouseClients.open(loaded)) {
            List<Map<String, String>> expected = ClickHouseQueries.select(client,
                    "SELECT * FROM (" + reference + ")" + order, loaded.database());
            assertTrue(expected.size() > 1000, "a province's worth of inputs");
            assertEquals(expected, ClickHouseQueries.select(client, "SELECT * FROM indicator_inputs" + order,
                    loaded.database()));
        }
    }

    /**
     * The province ranks among the provinces that existed in 2023 (its 2025 successor, which carries its history,
     * does not), and its units rank among those of their level in it, each unit once.
     */
    @Test
    void unitsRankOncePerScopeAsThePortalRanks() throws Exception {
        Map<String, ScoreRule> rules = RuleTable.load().version(null);
        Period year = Period.parse("2023");
        try (Client client = ClickHouseClients.open(loaded)) {
            List<Scorecard.Input> inputs = IndicatorFigures.query(client, loaded.database(), year, null, null,
                    new ArrayList<>(rules.keySet()));
            Map<String, List<Scorecard.Input>> byUnit = new java.util.LinkedHashMap<>();
            inputs.forEach(in -> byUnit.computeIfAbsent(in.unit(), u -> new ArrayList<>()).add(in));
            Map<String, BigDecimal> totals = new java.util.LinkedHashMap<>();
            Scorecard scorecard = new Scorecard(rules);
            byUnit.forEach((u, in) -> totals.put(u, scorecard.total(in)));
            List<Ranking.Place> places = Ranking.rank(totals, RankedUnits.load(client, loaded.database(), year));

            assertEquals(places.size(), places.stream().map(Ranking.Place::unit).distinct().count(), "each unit once");
            List<Ranking.Place> national = places.stream().filter(p -> p.scope().equals("national")).toList();
            assertEquals(List.of("000.00.00.H08"), national.stream().map(Ranking.Place::unit).toList(),
                    "Bình Định ranks for 2023; Gia Lai, its successor since July 2025, does not");
            assertEquals(1, national.get(0).rank());
            List<Ranking.Place> communes = places.stream().filter(p -> p.scope().equals("000.00.00.H08/3")).toList();
            assertTrue(communes.size() > 50, "the communes of Bình Định rank among themselves");
            assertEquals(1, communes.get(0).rank());
            assertEquals(communes.size(), communes.get(0).of());
            for (int i = 1; i < communes.size(); i++) {
                assertTrue(communes.get(i).total().compareTo(communes.get(i - 1).total()) <= 0, "best first");
            }
        }
    }

    /** The country's scorecard counts every agency once: with one province's dossiers, it is that province's. */
    @Test
    void theCountryIsEveryAgencyOnce() throws Exception {
        List<String> indicators = new ArrayList<>(RuleTable.load().version(null).keySet());
        Period year = Period.parse("2023");
        try (Client client = ClickHouseClients.open(loaded)) {
            List<Scorecard.Input> country = IndicatorFigures.query(client, loaded.database(), year,
                    IndicatorFigures.COUNTRY, null, indicators);
            List<Scorecard.Input> province = IndicatorFigures.query(client, loaded.database(), year, "000.00.00.H08",
                    null, indicators);
            assertEquals(indicators.size(), country.size());
            for (int i = 0; i < country.size(); i++) {
                assertEquals(IndicatorFigures.COUNTRY, country.get(i).unit());
                assertEquals(province.get(i).indicator(), country.get(i).indicator());
                assertEquals(province.get(i).numerator(), country.get(i).numerator(), country.get(i).indicator());
                assertEquals(province.get(i).denominator(), country.get(i).denominator(), country.get(i).indicator());
            }
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
     * The warehouse's own scores (views indicator_scores, group_scores, unit_scores, over the rule table ./ioc migrate
     * loaded) equal ./ioc scorecard's for every unit of the province, for a year, a quarter and a month: points, groups,
     * total and band. 2023 is before the earliest rule set, so both score it with 2026 forced, and the views say no
     * set was in force then.
     */
    @Test
    void sqlScoresEqualTheScorecardForEveryUnit() throws Exception {
        try (Client client = ClickHouseClients.open(loaded)) {
            for (String[] p : new String[][] {{"year", "2023"}, {"quarter", "2023-Q2"}, {"month", "2023-05"}}) {
                Period period = Period.parse(p[1]);
                Map<String, String> expected = new java.util.TreeMap<>();
                for (Scorecard.Row r : vn.ioc.cli.ScorecardCommand.compute(client, loaded.database(), period, null,
                        null, "2026").rows()) {
                    expected.put(r.unit() + " " + r.code(), r.score());
                }
                assertTrue(expected.size() > 100 * 29, p[1] + ": every unit with its 21 indicators, groups, total");
                assertEquals(expected, SqlScores.card(client, loaded.database(), p[0], period.from(), "2026"), p[1]);
            }
            assertEquals("0", ClickHouseQueries.select(client, "SELECT count() AS n FROM " + loaded.database()
                    + ".unit_scores WHERE in_force = 1 AND period_end < toDate('2025-07-01')").get(0).get("n"));
        }
    }

    /**
     * The dashboard's 766 panels, as Grafana opens them (the year, rule set 2026, January to August 2023), show
     * exactly the scorecard's figures: every unit's numerators, denominators and points, its groups, total and band.
     */
    @Test
    void grafanaShowsTheScorecardsFigures() throws Exception {
        List<GrafanaDashboards.Panel> panels = GrafanaDashboards.clickHousePanels(
                "toDateTime('2023-01-01 00:00:00')", "toDateTime('2023-09-01 00:00:00')");
        GrafanaDashboards.Panel indicators = panels.stream().filter(p -> p.sql().contains("FROM indicator_scores"))
                .findFirst().orElseThrow();
        GrafanaDashboards.Panel totals = panels.stream().filter(p -> p.sql().contains("FROM group_scores"))
                .findFirst().orElseThrow();
        try (Client client = ClickHouseClients.open(loaded)) {
            ScorecardCommand.Result card = ScorecardCommand.compute(client, loaded.database(), Period.parse("2023"),
                    null, null, "2026");
            Map<String, String> expected = new java.util.TreeMap<>();
            for (Scorecard.Input in : card.inputs()) {
                expected.put(in.unit() + " " + in.indicator() + " figures", IndicatorFigures.NOT_IN_FEEDS.contains(
                        in.indicator()) ? "0/0" : in.numerator().toPlainString() + "/" + in.denominator().toPlainString());
            }
            for (Scorecard.Row r : card.rows()) {
                expected.put(r.unit() + " " + r.code(), r.score());
            }
            Map<String, String> shown = new java.util.TreeMap<>();
            for (Map<String, String> row : ClickHouseQueries.select(client, indicators.sql(), loaded.database())) {
                String key = row.get("unit") + " " + row.get("indicator");
                shown.put(key + " figures", row.get("numerator") + "/" + row.get("denominator"));
                shown.put(key, row.get("points") == null ? "" : new BigDecimal(row.get("points")).setScale(2)
                        .toPlainString());
            }
            String[] groups = {"transparency", "progress", "online_service", "online_payment", "satisfaction",
                "digitization"};
            for (Map<String, String> row : ClickHouseQueries.select(client, totals.sql(), loaded.database())) {
                for (String g : groups) {
                    shown.put(row.get("unit") + " GROUP_" + g.toUpperCase(java.util.Locale.ROOT),
                            new BigDecimal(row.get(g)).setScale(2).toPlainString());
                }
                shown.put(row.get("unit") + " TOTAL", new BigDecimal(row.get("total_points")).setScale(2)
                        .toPlainString());
                shown.put(row.get("unit") + " BAND", row.get("total_band"));
            }
            assertEquals(expected, shown);
        }
    }

    /**
     * --as-of judges "open and not yet due" at that instant: the province's ON_TIME numerator as of the end of August
     * 2023 equals the count over every dossier judged then, and the report's late lists as of then hold only dossiers
     * that went late within the period, although the province holds dossiers of the period that went late after it.
     */
    @Test
    void asOfJudgesOpenDossiersAndLateListsAtThatInstant() throws Exception {
        Period period = Period.parse("2023-01-01..2023-08-31");
        java.time.Instant asOf = vn.ioc.score.AsOf.parse("2023-08-31");
        try (Client client = ClickHouseClients.open(loaded)) {
            Map<String, String> expected = ClickHouseQueries.select(client, "SELECT"
                    + " countIf(timeliness IN ('early', 'on_time') OR (timeliness = 'open' AND toUInt32(due_at) >= "
                    + asOf.getEpochSecond() + ")) AS n, countIf(timeliness != 'closed') AS d FROM " + loaded.database()
                    + ".dossiers WHERE received_at IS NOT NULL AND toDate(received_at) <= '2023-08-31'").get(0);
            Scorecard.Input onTime = ScorecardCommand.compute(client, loaded.database(), period, "000.00.00.H08", null,
                    "2026", asOf).inputs().stream().filter(in -> in.indicator().equals("ON_TIME")).findFirst()
                    .orElseThrow();
            assertEquals(expected.get("n") + "/" + expected.get("d"), onTime.numerator() + "/" + onTime.denominator());
            Scorecard.Input now = ScorecardCommand.compute(client, loaded.database(), period, "000.00.00.H08", null,
                    "2026").inputs().stream().filter(in -> in.indicator().equals("ON_TIME")).findFirst().orElseThrow();
            assertTrue(onTime.numerator().compareTo(now.numerator()) > 0, "open dossiers due in September were not"
                    + " yet due on 31 August: " + onTime + " " + now);

            assertTrue(Long.parseLong(ClickHouseQueries.select(client, "SELECT count() AS n FROM " + loaded.database()
                    + ".late_dossier_holders WHERE toDate(submitted_at) <= '2023-08-31' AND toDate(due_at) > '2023-08-31'")
                    .get(0).get("n")) > 0, "dossiers of the period that went late after it");
            ReportData report = ReportData.load(client, loaded.database(), period, RuleTable.load().version("2026"),
                    asOf);
            assertFalse(report.late().isEmpty());
            for (ReportData.LateDossiers late : report.late()) {
                for (String id : late.examples().split(" ")) {
                    assertEquals("1", ClickHouseQueries.select(client, "SELECT toUInt32(due_at) < "
                            + asOf.getEpochSecond() + " AS due FROM " + loaded.database() + ".dossiers WHERE dossier_id = '"
                            + id + "'").get(0).get("due"), id + " went late by 31 August");
                }
            }
        }
    }

    /** Issue 15.5 on this seed (IndicatorInvariantsITCase takes another): no rate outside 0–100 %. */
    @Test
    void everyRateIsWithinZeroAndAHundredPercent() throws Exception {
        try (Client client = ClickHouseClients.open(loaded)) {
            assertEquals(List.of(), SqlScores.invariantViolations(client, loaded.database()));
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
     * The scorecard report opens in headless Chromium and shows what the data gives: today's units only, each once
     * (Bình Định's 2023 units appear under their 2025 successors, never as rows of their own), the province's total
     * and band as the scorecard computes them for that unit, indicators by name in Vietnamese and English, the
     * indicators without data marked with what the national rule gives them, one line per trend chart, and the
     * officer holding the most late dossiers. The screenshot is kept in target/report/report.png.
     */
    @Test
    void reportShowsTheScoresInChromium() throws Exception {
        Period period = Period.parse("2023-01-01..2023-08-31");
        Map<String, ScoreRule> rules = RuleTable.load().version(null);
        Path dir = java.nio.file.Files.createDirectories(Path.of("target", "report")).toAbsolutePath();
        Path page = dir.resolve("report.html");
        BigDecimal provinceTotal;
        String topOfficer;
        List<String> current;
        try (Client client = ClickHouseClients.open(loaded)) {
            java.nio.file.Files.writeString(page, ReportPage.render(ReportData.load(client, loaded.database(), period,
                    rules)));
            provinceTotal = new Scorecard(rules).total(IndicatorFigures.query(client, loaded.database(), period,
                    "000.00.00.H39", null, new java.util.ArrayList<>(rules.keySet())));
            // the report's late list: dossiers that went late within the period, i.e. due in it
            topOfficer = ClickHouseQueries.select(client, "SELECT holder FROM " + loaded.database()
                    + ".late_dossier_holders WHERE toDate(due_at) >= '2023-01-01' AND toDate(due_at) <= '2023-08-31'"
                    + " GROUP BY holder ORDER BY count() DESC, holder LIMIT 1").get(0).get("holder");
            current = ClickHouseQueries.select(client, "SELECT agency_code FROM " + loaded.database() + ".agencies"
                    + " FINAL WHERE current_successor_code = agency_code").stream().map(r -> r.get("agency_code"))
                    .toList();
        }
        String dom = chromium("--dump-dom", page.toUri().toString());

        List<String> rows = matches(dom, "<tr data-unit=\"([^\"]+)\"");
        assertEquals(rows.size(), new java.util.HashSet<>(rows).size(), "no unit appears twice: " + rows);
        assertTrue(current.containsAll(rows), "only today's units have rows");
        List<String> formerly = matches(dom, "data-former=\"([^\"]+)\"");
        assertTrue(formerly.contains("000.00.00.H08"), "Bình Định is shown under Gia Lai");
        assertEquals(formerly.size(), new java.util.HashSet<>(formerly).size(), "a former unit is listed once");
        assertTrue(java.util.Collections.disjoint(rows, formerly), "a former unit is no row of its own");
        java.util.regex.Matcher cards = java.util.regex.Pattern.compile("<div class=\"card\"[^>]*><b>(\\d+)</b>")
                .matcher(dom);
        int banded = 0;
        while (cards.find()) {
            banded += Integer.parseInt(cards.group(1));
        }
        assertEquals(rows.size(), banded, "the band counts count each unit once");

        java.util.regex.Matcher province = java.util.regex.Pattern.compile("<tr data-unit=\"000\\.00\\.00\\.H39\">"
                + ".*?<td class=\"num total\">([0-9.]+)</td>.*?<span class=\"en\">(\\w+)</span></td>").matcher(dom);
        assertTrue(province.find(), "the province's row is on the page");
        assertEquals(provinceTotal.toPlainString(), province.group(1), "the province's total");
        assertEquals(Band.of(provinceTotal).english(), province.group(2), "the province's band");
        java.util.regex.Matcher rank = java.util.regex.Pattern.compile("<tr data-unit=\"000\\.00\\.00\\.H39\">"
                + ".*?<td class=\"rank\">(\\d+)/(\\d+) toàn quốc").matcher(dom);
        assertTrue(rank.find(), "the province is ranked nationally");
        assertEquals("1", rank.group(1));
        assertTrue(dom.contains(" trong tỉnh<span class=\"en\">in its province"), "units ranked within the province");

        IndicatorNames names = IndicatorNames.load();
        List<String> dragging = matches(dom, "data-indicator=\"([^\"]+)\"");
        assertTrue(!dragging.isEmpty(), "indicators drag units down");
        for (String code : rules.keySet()) {
            assertTrue(names.has(code), "a name for " + code);
            assertTrue(!dom.contains(">" + code), "no raw code on the page: " + code);
        }
        for (String code : new java.util.HashSet<>(dragging)) {
            assertTrue(dom.contains(names.of(code).vietnamese()) && dom.contains(names.of(code).english()),
                    "named in Vietnamese and English: " + code);
        }
        assertEquals(rows.size(), java.util.Collections.frequency(matches(dom, "data-nodata=\"([^\"]+)\""),
                "ELECTRONIC_CERTIFIED_COPY"), "every unit marks the indicator no feed carries");
        assertTrue(dom.contains("∅ không phát sinh; quy tắc quốc gia không chấm điểm, tính 0: <span"
                + " data-nodata=\"PUBLISH_ON_TIME\">"), "a unit that published nothing says what the rule gives it");

        List<String> trends = matches(dom, "(<svg class=\"chart trend\".*?</svg>)");
        assertTrue(trends.size() >= 2, "trend charts");
        for (String chart : trends) {
            assertEquals(1, matches(chart, "(<polyline)").size(), "one line per chart, none over another");
        }
        assertTrue(dom.contains("<td class=\"officer\">" + topOfficer + "</td>"), "the officer with most late dossiers");
        chromium("--screenshot=" + dir.resolve("report.png"), "--window-size=1280,2400", page.toUri().toString());
        assertTrue(java.nio.file.Files.size(dir.resolve("report.png")) > 10_000, "a screenshot was taken");
    }

    private static List<String> matches(String text, String regex) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(regex, java.util.regex.Pattern.DOTALL).matcher(text);
        List<String> out = new java.util.ArrayList<>();
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    private static String chromium(String... args) throws Exception {
        // Debian's binary is chromium, Ubuntu's chromium-browser
        String binary = java.util.stream.Stream.of(System.getenv().getOrDefault("PATH", "").split(":"))
                .anyMatch(d -> java.nio.file.Files.isExecutable(Path.of(d, "chromium"))) ? "chromium" : "chromium-browser";
        List<String> command = new java.util.ArrayList<>(List.of(binary, "--headless", "--no-sandbox",
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
