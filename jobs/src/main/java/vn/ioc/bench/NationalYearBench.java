package vn.ioc.bench;

import com.clickhouse.client.api.Client;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import vn.ioc.cli.ScorecardCommand;
import vn.ioc.clickhouse.Aggregates;
import vn.ioc.clickhouse.ClickHouseClients;
import vn.ioc.clickhouse.ClickHouseConfig;
import vn.ioc.clickhouse.ClickHouseQueries;
import vn.ioc.clickhouse.Migrations;
import vn.ioc.generate.NationalGenerator;
import vn.ioc.privacy.PseudonymKey;
import vn.ioc.privacy.Pseudonymizer;
import vn.ioc.progress.Progress;
import vn.ioc.score.IndicatorFigures;
import vn.ioc.score.Period;
import vn.ioc.score.Scorecard;

/**
 * The workload {@code national-year}: a nation's year of dossiers ({@link NationalGenerator}) written straight into
 * the warehouse and into PostgreSQL by {@link NationalFill}, then every operator question timed on both and the
 * scorecard of the country, a province, a department and a commune for a month and the year. What this measures is
 * the questions at national volume, not the job's throughput (bd2023 measures that): the rows are synthesized, and
 * the result file says so. With a database kept from an earlier run ({@code retime}), only the timings run again.
 */
public final class NationalYearBench {
    public static final String WORKLOAD = "national-year";
    public static final String DEFAULT_DATABASE = "bench_national_year";
    /** The month of the monthly scorecards: after the reform, so every unit below is one that exists then. */
    static final String MONTH = "2025-11";
    static final String YEAR = "2025";
    /** A province, one of its departments and one of its new communes: Thành phố Hồ Chí Minh, the largest. */
    static final List<String> UNITS = List.of("000.00.00.H29", "000.11.00.H29", "000.99.01.H29");

    /**
     * @param dossiers about how many dossiers to generate (ignored when {@code retime})
     * @param database the ClickHouse database and the PostgreSQL schema
     * @param keep keep both after the run, to time them again with {@code retime}
     */
    public record Options(long dossiers, long seed, String database, boolean keep, boolean retime, int repeats) {}

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pseudonymizer PSEUDONYMIZER = new Pseudonymizer(PseudonymKey.of("bench-key-not-secret-01"));

    private final ClickHouseConfig server;
    private final PostgresComparison postgres;

    /** @param postgres null to time ClickHouse only */
    public NationalYearBench(ClickHouseConfig server, PostgresComparison postgres) {
        this.server = server;
        this.postgres = postgres;
    }

    public ObjectNode run(Options o) throws Exception {
        ObjectNode out = JSON.createObjectNode();
        out.put("workload", WORKLOAD);
        out.put("synthesized", true);
        out.put("note", "Rows synthesized by the national generator and written straight into the tables through the"
                + " job's own derivers and encoders (vn.ioc.bench.NationalFill), not by the feeds job: 1.75"
                + " dossier_facts and dossier_reuse rows per dossier before merges, in batches of about 16 MB, never"
                + " optimized; PostgreSQL holds the merged rows (latest version, each step once) with its indexes.");
        out.put("started_at", Instant.now().toString());
        out.put("database", o.database());
        out.put("seed", o.seed());
        out.put("cores", Runtime.getRuntime().availableProcessors());
        out.put("max_heap_bytes", Runtime.getRuntime().maxMemory());
        try (Client client = ClickHouseClients.open(server)) {
            out.put("clickhouse_version", ClickHouseQueries.select(client, "SELECT version() AS v").get(0).get("v"));
            if (o.retime()) {
                if (ClickHouseQueries.select(client, "SELECT name FROM system.databases WHERE name = '"
                        + o.database() + "'").isEmpty()) {
                    throw new IllegalArgumentException("no database " + o.database()
                            + " to time again: fill one first with --keep");
                }
                out.put("retimed", true);
                putCountsFromWarehouse(client, o.database(), out);
            } else {
                fill(client, o, out);
            }
            out.set("queries", queries(client, o));
            out.set("scorecards", scorecards(client, o));
            if (!o.keep()) {
                ClickHouseQueries.execute(client, "DROP DATABASE IF EXISTS " + o.database());
                if (postgres != null) {
                    try (Connection c = PostgresComparison.connect(postgres.connection(), null);
                            Statement st = c.createStatement()) {
                        st.execute("DROP SCHEMA IF EXISTS " + o.database() + " CASCADE");
                    }
                }
            }
        }
        if (postgres == null) {
            out.put("postgres_note", "no PostgreSQL: set POSTGRES_URL or install the server binaries (postgresql)");
        }
        out.put("finished_at", Instant.now().toString());
        return out;
    }

    private void fill(Client client, Options o, ObjectNode out) throws Exception {
        ClickHouseQueries.execute(client, "DROP DATABASE IF EXISTS " + o.database());
        ClickHouseQueries.execute(client, "CREATE DATABASE " + o.database());
        new Migrations().apply(client, o.database());
        if (postgres != null) {
            postgres.createTables(o.database());
        }
        NationalGenerator national =
                new NationalGenerator(NationalGenerator.scaleFor(o.dossiers(), o.seed()), o.seed(), 0, 0);
        NationalFill.Counts c;
        try (Progress progress = Progress.counting("bench fill", "dossiers", national.dossiers())) {
            c = new NationalFill(national, PSEUDONYMIZER).fill(client, o.database(),
                    postgres == null ? null : postgres.connection(), o.database(), progress);
        }
        double indexSeconds = 0;
        if (postgres != null) {
            long started = System.nanoTime();
            postgres.createIndexes(o.database());
            indexSeconds = (System.nanoTime() - started) / 1e9;
        }
        out.put("dossiers", c.dossiers());
        out.put("steps", c.steps());
        out.put("calls", c.calls());
        ObjectNode rows = out.putObject("rows");
        rows.set("clickhouse", JSON.valueToTree(c.clickHouseRows()));
        rows.set("postgres", JSON.valueToTree(c.postgresRows()));
        out.set("clickhouse_insert_batches", JSON.valueToTree(c.batches()));
        out.put("dossier_facts_rows_per_dossier", c.clickHouseRows().get("dossier_facts") / (double) c.dossiers());
        out.put("fill_seconds", c.seconds());
        out.put("fill_dossiers_per_second", c.dossiers() / c.seconds());
        out.put("generator_cpu_seconds", c.generatorCpuSeconds());
        out.put("generation_dossiers_per_cpu_second", c.dossiers() / c.generatorCpuSeconds());
        // the dossiers alone: generated, derived and encoded with their steps, calls, reuse rows and petitions
        out.put("dossier_generation_cpu_seconds", c.dossierCpuSeconds());
        out.put("dossier_generation_dossiers_per_cpu_second", c.dossiers() / c.dossierCpuSeconds());
        out.set("load_busy_seconds", JSON.valueToTree(c.loadSeconds()));
        out.put("postgres_index_seconds", indexSeconds);
        // the questions read the aggregates: computing every month of them is part of what the fill costs
        long started = System.nanoTime();
        new Aggregates().refresh(client, o.database());
        out.put("aggregates_refresh_seconds", (System.nanoTime() - started) / 1e9);
    }

    /** A kept fill's counts, as the operators' views see them. */
    private static void putCountsFromWarehouse(Client client, String database, ObjectNode out) throws Exception {
        for (Map.Entry<String, String> e : Map.of("dossiers", "dossiers", "steps", "steps", "calls", "calls")
                .entrySet()) {
            out.put(e.getKey(), Long.parseLong(ClickHouseQueries.select(client, "SELECT count() AS n FROM " + database
                    + "." + e.getValue()).get(0).get("n")));
        }
    }

    private ArrayNode queries(Client client, Options o) throws Exception {
        List<QueryTimings.Timing> ch = QueryTimings.clickHouse(client, o.database(), o.repeats());
        Map<String, QueryTimings.Timing> pg = postgres == null ? Map.of() : postgres.time(o.database(), o.repeats());
        return QueryTimings.json(ch, pg);
    }

    /**
     * The scorecard through ./ioc scorecard's own entry point, each timed as the median of {@code repeats} runs
     * after one warm-up.
     */
    private ArrayNode scorecards(Client client, Options o) throws Exception {
        ArrayNode cards = JSON.createArrayNode();
        for (String period : List.of(MONTH, YEAR)) {
            card(cards, client, o, "country", IndicatorFigures.COUNTRY, period);
            for (String unit : UNITS) {
                card(cards, client, o, unit, unit, period);
            }
        }
        return cards;
    }

    /** One scorecard timed, with the total it gave: a scorecard of nothing would be fast and tell nothing. */
    private static void card(ArrayNode cards, Client client, Options o, String name, String unit, String period)
            throws Exception {
        ObjectNode card = cards.addObject();
        card.put("unit", name);
        card.put("period", period);
        card.put("ms", scorecardMillis(client, o, unit, period));
        for (Scorecard.Row row : ScorecardCommand.compute(client, o.database(), Period.parse(period), unit, null, null)
                .rows()) {
            if (row.unit().equals(unit) && row.code().equals("TOTAL")) {
                card.put("total", new java.math.BigDecimal(row.score()));
            }
        }
    }

    private static double scorecardMillis(Client client, Options o, String unit, String period) throws Exception {
        Period p = Period.parse(period);
        ScorecardCommand.compute(client, o.database(), p, unit, null, null);
        double[] ms = new double[Math.max(1, o.repeats())];
        for (int i = 0; i < ms.length; i++) {
            long started = System.nanoTime();
            ScorecardCommand.compute(client, o.database(), p, unit, null, null);
            ms[i] = (System.nanoTime() - started) / 1e6;
        }
        return Percentiles.of(ms, 50);
    }
}
