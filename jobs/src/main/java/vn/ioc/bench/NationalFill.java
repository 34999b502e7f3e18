package vn.ioc.bench;

import com.clickhouse.client.api.Client;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import vn.ioc.enrich.AgencyDirectory;
import vn.ioc.enrich.AgencyRowMapper;
import vn.ioc.enrich.ProcedureCatalogue;
import vn.ioc.enrich.ProcedureRowMapper;
import vn.ioc.enrich.RegistryJoin;
import vn.ioc.enrich.RegistryMatch;
import vn.ioc.enrich.RegistryRowMappers;
import vn.ioc.feed.ExchangeCall;
import vn.ioc.feed.ProcessingStep;
import vn.ioc.generate.GeneratedDossier;
import vn.ioc.generate.NationalGenerator;
import vn.ioc.generate.RecordOut;
import vn.ioc.measure.CallFacts;
import vn.ioc.measure.CallFactsDeriver;
import vn.ioc.measure.DossierFacts;
import vn.ioc.measure.DossierFactsDeriver;
import vn.ioc.measure.PublicServiceMappers;
import vn.ioc.measure.ReuseCall;
import vn.ioc.measure.ReuseDeriver;
import vn.ioc.measure.ReuseDossier;
import vn.ioc.measure.StepFacts;
import vn.ioc.measure.StepFactsDeriver;
import vn.ioc.parse.InvalidRecordException;
import vn.ioc.parse.RecordMapper;
import vn.ioc.postgres.PostgresConnection;
import vn.ioc.privacy.Pseudonymizer;
import vn.ioc.progress.Progress;
import vn.ioc.sink.AgencyRowEncoder;
import vn.ioc.sink.CallFactsEncoder;
import vn.ioc.sink.DossierFactsEncoder;
import vn.ioc.sink.PetitionFactsEncoder;
import vn.ioc.sink.ProcedureRowEncoder;
import vn.ioc.sink.PublicationFactsEncoder;
import vn.ioc.sink.ReceptionCountEncoder;
import vn.ioc.sink.RegistryRowEncoder;
import vn.ioc.sink.ReuseFactsEncoder;
import vn.ioc.sink.RowEncoder;
import vn.ioc.sink.StepFactsEncoder;

/**
 * Writes the national profile's rows straight into ClickHouse and PostgreSQL, without feed files and without Flink:
 * the generator's records go through the measure stage's own derivers and the sink's own encoders and insert
 * ({@link vn.ioc.sink.RowBatch}), so the rows are what the job would write and follow every change to them. What
 * the job's keyed stages do is done here per dossier, as they would end up: a dossier's rows are the versions the
 * generator hands over, its latest and, for three dossiers in four, one earlier (1.75 rows per dossier before
 * merges, as a backfill leaves them); its reuse row is derived from its latest version, its registry matches and its
 * calls, with the earlier version's row before matches and calls arrived. Batches of about 16 MB per table, loaded
 * on threads of their own (two for ClickHouse), never optimized. PostgreSQL gets the merged rows: each dossier's
 * latest version, each step once, by COPY.
 */
final class NationalFill {
    /** What was written. */
    record Counts(long dossiers, long steps, long calls, Map<String, Long> clickHouseRows,
            Map<String, Long> postgresRows, Map<String, Long> batches, double seconds, double generatorCpuSeconds,
            double dossierCpuSeconds, Map<String, Double> loadSeconds) {}

    private static final int FLUSH_BYTES = 16 << 20;
    private static final Duration INSERT_TIMEOUT = Duration.ofMinutes(30);

    private final NationalGenerator national;
    private final Pseudonymizer pseudonymizer;

    NationalFill(NationalGenerator national, Pseudonymizer pseudonymizer) {
        this.national = national;
        this.pseudonymizer = pseudonymizer;
    }

    /**
     * Fills {@code database} (migrated, empty) and, when {@code postgres} is not null, its tables in {@code schema}
     * (created, empty).
     */
    Counts fill(Client clickHouse, String database, PostgresConnection postgres, String schema, Progress progress)
            throws Exception {
        long started = System.nanoTime();
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        long cpuStarted = cpu.getCurrentThreadCpuTime();
        AgencyDirectory directory = AgencyDirectory.of(national.agencies());
        ProcedureCatalogue procedures = ProcedureCatalogue.of(national.procedures());
        Map<String, TableWriter<?>> ch = new LinkedHashMap<>();
        Map<String, TableWriter<?>> pg = new LinkedHashMap<>();
        Map<String, CopyIn> copies = new LinkedHashMap<>();
        List<Connection> connections = new ArrayList<>();
        BatchLoader.Load copy = batch -> copies.get(batch.table()).writeToCopy(batch.bytes(), 0, batch.size());
        BatchLoader.Load insert = batch -> batch.insertInto(clickHouse, database, INSERT_TIMEOUT);
        // ClickHouse parses an insert on one thread, PostgreSQL a COPY on one backend: two ClickHouse loaders (the
        // dossiers' versions and reuse rows; the steps, calls and the rest) and one per PostgreSQL table let the
        // stores use every core while the generator waits
        try (BatchLoader chLoader = new BatchLoader("fill-clickhouse", insert);
                BatchLoader chStepLoader = new BatchLoader("fill-clickhouse-steps", insert);
                BatchLoader pgDossierLoader = new BatchLoader("fill-postgres-dossiers", copy);
                BatchLoader pgStepLoader = new BatchLoader("fill-postgres-steps", copy);
                BatchLoader pgCallLoader = new BatchLoader("fill-postgres-calls", copy)) {
            TableWriter<vn.ioc.enrich.AgencyRow> agencies = writer(ch, new AgencyRowEncoder(), chStepLoader);
            TableWriter<vn.ioc.enrich.ProcedureRow> procedureRows =
                    writer(ch, new ProcedureRowEncoder(), chStepLoader);
            TableWriter<vn.ioc.enrich.RegistryRow> registries = writer(ch, new RegistryRowEncoder(), chStepLoader);
            TableWriter<vn.ioc.measure.PublicationFacts> publications =
                    writer(ch, new PublicationFactsEncoder(), chStepLoader);
            TableWriter<vn.ioc.measure.PetitionFacts> petitions =
                    writer(ch, new PetitionFactsEncoder(), chStepLoader);
            TableWriter<vn.ioc.measure.ReceptionCount> receptions =
                    writer(ch, new ReceptionCountEncoder(), chStepLoader);
            Dossiers dossiers = new Dossiers(directory, procedures, writer(ch, new DossierFactsEncoder(), chLoader),
                    writer(ch, new StepFactsEncoder(), chStepLoader), writer(ch, new CallFactsEncoder(), chStepLoader),
                    writer(ch, new ReuseFactsEncoder(), chLoader),
                    postgres == null ? null : writer(pg, new PostgresRows.Dossiers(), pgDossierLoader),
                    postgres == null ? null : writer(pg, new PostgresRows.Steps(), pgStepLoader),
                    postgres == null ? null : writer(pg, new PostgresRows.Calls(), pgCallLoader));
            if (postgres != null) {
                // one COPY per table, each on a connection of its own: a connection carries one COPY at a time
                for (TableWriter<?> w : pg.values()) {
                    Connection c = PostgresComparison.connect(postgres, schema);
                    connections.add(c);
                    copies.put(w.table(), c.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY " + w.table() + " ("
                            + String.join(", ", w.columns()) + ") FROM STDIN"));
                }
            }

            AgencyRowMapper agencyMapper = new AgencyRowMapper(directory);
            for (var a : national.agencies()) {
                agencies.add(agencyMapper.map(a));
            }
            ProcedureRowMapper procedureMapper = new ProcedureRowMapper();
            for (var p : national.procedures()) {
                procedureRows.add(procedureMapper.map(p));
            }
            national.publications(to(PublicServiceMappers.publications(), publications));
            national.registries(to(RegistryRowMappers.population(pseudonymizer), registries),
                    to(RegistryRowMappers.businessRegistry(pseudonymizer), registries),
                    to(RegistryRowMappers.insurance(pseudonymizer), registries), Progress.none());
            progress.total(national.dossiers());
            long dossiersStarted = cpu.getCurrentThreadCpuTime();
            national.dossiers(dossiers, to(PublicServiceMappers.petitions(), petitions),
                    to(PublicServiceMappers.receptionReports(), receptions), progress);
            double dossierCpu = (cpu.getCurrentThreadCpuTime() - dossiersStarted) / 1e9;
            for (TableWriter<?> w : ch.values()) {
                w.flush();
            }
            for (TableWriter<?> w : pg.values()) {
                w.flush();
            }
            double generatorCpu = (cpu.getCurrentThreadCpuTime() - cpuStarted) / 1e9;
            Map<String, Double> loadSeconds = new LinkedHashMap<>();
            for (BatchLoader loader : List.of(chLoader, chStepLoader, pgDossierLoader, pgStepLoader, pgCallLoader)) {
                loader.close();
                loadSeconds.put(loader.name(), loader.busySeconds());
            }
            for (CopyIn c : copies.values()) {
                c.endCopy();
            }
            return new Counts(dossiers.dossiers, dossiers.steps, dossiers.calls, rows(ch), rows(pg), batches(ch),
                    (System.nanoTime() - started) / 1e9, generatorCpu, dossierCpu, loadSeconds);
        } finally {
            for (CopyIn c : copies.values()) {
                if (c.isActive()) {
                    c.cancelCopy();
                }
            }
            for (Connection c : connections) {
                c.close();
            }
        }
    }

    /** Turns one generated dossier into the rows the job would have written for it, through the job's code. */
    private final class Dossiers implements GeneratedDossier.Sink {
        private final DossierFactsDeriver dossierDeriver;
        private final StepFactsDeriver stepDeriver;
        private final CallFactsDeriver callDeriver;
        private final ProcedureCatalogue procedures;
        private final TableWriter<DossierFacts> facts;
        private final TableWriter<StepFacts> stepRows;
        private final TableWriter<CallFacts> callRows;
        private final TableWriter<vn.ioc.measure.ReuseFacts> reuseRows;
        private final TableWriter<DossierFacts> pgDossiers;
        private final TableWriter<StepFacts> pgSteps;
        private final TableWriter<CallFacts> pgCalls;
        private final List<ReuseCall> reuseCalls = new ArrayList<>();
        private final List<RegistryMatch> matches = new ArrayList<>();
        long dossiers;
        long steps;
        long calls;

        Dossiers(AgencyDirectory directory, ProcedureCatalogue procedures, TableWriter<DossierFacts> facts,
                TableWriter<StepFacts> stepRows, TableWriter<CallFacts> callRows,
                TableWriter<vn.ioc.measure.ReuseFacts> reuseRows, TableWriter<DossierFacts> pgDossiers,
                TableWriter<StepFacts> pgSteps, TableWriter<CallFacts> pgCalls) {
            this.dossierDeriver = new DossierFactsDeriver(directory, pseudonymizer);
            this.stepDeriver = new StepFactsDeriver(directory);
            this.callDeriver = new CallFactsDeriver(directory, pseudonymizer);
            this.procedures = procedures;
            this.facts = facts;
            this.stepRows = stepRows;
            this.callRows = callRows;
            this.reuseRows = reuseRows;
            this.pgDossiers = pgDossiers;
            this.pgSteps = pgSteps;
            this.pgCalls = pgCalls;
        }

        @Override
        public void accept(GeneratedDossier d) {
            try {
                write(d);
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException("filling dossier "
                        + (d.snapshots.isEmpty() ? "?" : d.snapshots.get(0).maHoSo) + ": " + e.getMessage(), e);
            }
        }

        private void write(GeneratedDossier d) throws Exception {
            dossiers++;
            int n = d.snapshots.size();
            DossierFacts latest = derive(dossierDeriver, d.snapshots.get(n - 1));
            DossierFacts earlier = n > 1 ? derive(dossierDeriver, d.snapshots.get(0)) : null;
            if (earlier != null) {
                facts.add(earlier);
            }
            facts.add(latest);
            if (pgDossiers != null) {
                pgDossiers.add(latest);
            }
            for (ProcessingStep s : d.steps) {
                StepFacts f = derive(stepDeriver, s);
                stepRows.add(f);
                if (pgSteps != null) {
                    pgSteps.add(f);
                }
                steps++;
            }
            for (ProcessingStep s : d.repeatedSteps) {
                stepRows.add(derive(stepDeriver, s));
            }
            reuseCalls.clear();
            for (ExchangeCall c : d.calls) {
                CallFacts f = derive(callDeriver, c);
                callRows.add(f);
                if (pgCalls != null) {
                    pgCalls.add(f);
                }
                if (!f.dossierId.isEmpty()) {
                    reuseCalls.add(ReuseCall.of(f));
                }
                calls++;
            }
            if (earlier != null) {
                // the reuse join's first row for this dossier: its snapshot, before any match or call arrived
                reuseRows.add(ReuseDeriver.derive(ReuseDossier.of(earlier), List.of(), List.of(), procedures));
            }
            reuseRows.add(ReuseDeriver.derive(ReuseDossier.of(latest), matches(latest, d), reuseCalls, procedures));
        }

        /** What the registry join ends up sending for this dossier: one match per registry that can know it. */
        private List<RegistryMatch> matches(DossierFacts f, GeneratedDossier d) {
            matches.clear();
            if (f.applicantRef.isEmpty()) {
                return matches;
            }
            for (String registry : RegistryJoin.registriesFor(f.applicantType)) {
                RegistryMatch m = new RegistryMatch();
                m.dossierId = f.dossierId;
                m.registry = registry;
                m.found = registry.equals(RegistryJoin.INSURANCE) ? d.insured : d.applicantRegistered;
                if (m.found) {
                    m.status = 1;
                    m.updatedAt = f.submittedAt;
                }
                matches.add(m);
            }
            return matches;
        }
    }

    private static <F, R> R derive(RecordMapper<F, R> mapper, F record) throws InvalidRecordException {
        return mapper.map(record);
    }

    /** The records of a feed, mapped as the job maps them, into a table. */
    @SuppressWarnings("unchecked")
    private static <F, R> RecordOut to(RecordMapper<F, R> mapper, TableWriter<R> table) {
        return record -> {
            try {
                table.add(mapper.map((F) record));
            } catch (InvalidRecordException e) {
                throw new IllegalStateException("the generator wrote a record the job rejects: " + e.getMessage(), e);
            } catch (java.io.IOException | RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new java.io.IOException(e);
            }
        };
    }

    private static <T> TableWriter<T> writer(Map<String, TableWriter<?>> tables, RowEncoder<T> encoder,
            BatchLoader loader) {
        TableWriter<T> w = new TableWriter<>(encoder, loader, FLUSH_BYTES);
        tables.put(encoder.table(), w);
        return w;
    }

    private static Map<String, Long> rows(Map<String, TableWriter<?>> tables) {
        Map<String, Long> out = new LinkedHashMap<>();
        tables.forEach((name, w) -> out.put(name, w.rows()));
        return out;
    }

    private static Map<String, Long> batches(Map<String, TableWriter<?>> tables) {
        Map<String, Long> out = new LinkedHashMap<>();
        tables.forEach((name, w) -> out.put(name, w.batches()));
        return out;
    }

}
