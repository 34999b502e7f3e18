package vn.ioc.job;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.flink.api.common.RuntimeExecutionMode;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.api.connector.sink2.Sink;
import org.apache.flink.api.java.functions.KeySelector;
import org.apache.flink.configuration.ExecutionOptions;
import org.apache.flink.streaming.api.datastream.BroadcastStream;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.DataStreamUtils;
import org.apache.flink.streaming.api.datastream.KeyedStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import vn.ioc.enrich.AgencyBatch;
import vn.ioc.enrich.AgencyBatcher;
import vn.ioc.enrich.AgencyCatalogue;
import vn.ioc.enrich.AgencyDirectory;
import vn.ioc.enrich.AgencyEnricher;
import vn.ioc.enrich.AgencyEnrichment;
import vn.ioc.enrich.AgencyRows;
import vn.ioc.enrich.CatalogueEnrichment;
import vn.ioc.enrich.Catalogues;
import vn.ioc.enrich.RegistryJoin;
import vn.ioc.enrich.RegistrySubjects;
import vn.ioc.enrich.SubjectEvent;
import vn.ioc.enrich.AgencyRow;
import vn.ioc.enrich.AgencyRowMapper;
import vn.ioc.enrich.ProcedureRow;
import vn.ioc.enrich.ProcedureRowMapper;
import vn.ioc.enrich.RegistryRow;
import vn.ioc.enrich.RegistryRowMappers;
import vn.ioc.feed.Agency;
import vn.ioc.feed.CitizenRecord;
import vn.ioc.feed.DossierSnapshot;
import vn.ioc.feed.EnterpriseRecord;
import vn.ioc.feed.ExchangeCall;
import vn.ioc.feed.Feed;
import vn.ioc.feed.InsuranceRecord;
import vn.ioc.feed.Petition;
import vn.ioc.feed.Procedure;
import vn.ioc.feed.Publication;
import vn.ioc.feed.ReceptionReport;
import vn.ioc.feed.ProcessingStep;
import vn.ioc.measure.AgencyEnrichers;
import vn.ioc.measure.CallFacts;
import vn.ioc.measure.CallFactsDeriver;
import vn.ioc.measure.DossierFacts;
import vn.ioc.measure.DossierFactsDeriver;
import vn.ioc.measure.LatestVersionFilter;
import vn.ioc.measure.NewestVersion;
import vn.ioc.measure.PetitionFacts;
import vn.ioc.measure.PublicServiceMappers;
import vn.ioc.measure.PublicationFacts;
import vn.ioc.measure.ReceptionCount;
import vn.ioc.measure.ReuseInput;
import vn.ioc.measure.ReuseJoin;
import vn.ioc.measure.StepFacts;
import vn.ioc.measure.StepFactsDeriver;
import vn.ioc.parse.LedgerEntry;
import vn.ioc.parse.ParseFunction;
import vn.ioc.parse.RecordMapper;
import vn.ioc.parse.Rejection;
import vn.ioc.privacy.Pseudonymizer;
import vn.ioc.source.FeedLine;
import vn.ioc.source.UnreadLines;

/**
 * The feeds job: every feed is parsed and validated, enriched with the agency catalogue, turned into facts and
 * written to its table; what fails validation goes to the rejected table. The catalogues are feeds too: their lines
 * are broadcast to the operators that enrich, which derive again the rows a catalogue change affects; the
 * catalogues given here are where those operators start (a savepoint of a build without them restores empty).
 * Sources and sinks are constructor arguments, so tests run the same topology on a MiniCluster with their own.
 * Operator uids are explicit and stable: a savepoint taken by one build restores into the next. Built in Flink's
 * BATCH runtime mode (a backfill, JobSettings.bounded), the keyed stages send each dossier's final version, matches
 * and reuse row once, at the end of its key, instead of every revision, and rows are enriched with the whole
 * catalogue without being held (BATCH reads a broadcast input before the other); the tables end the same either way
 * (BoundedRunITCase).
 */
public final class FeedsJob {
    /**
     * How long the joins keep an ended dossier after the job saw it end: long enough for the late snapshots,
     * calls and registry changes that still concern it (the deliveries run days late at most), short enough that
     * state follows the open dossiers rather than every dossier ever seen.
     */
    public static final Duration DEFAULT_STATE_HORIZON = Duration.ofDays(30);

    /** How long an agency line waits for the others of its file before the catalogue operators see them. */
    private static final long CATALOGUE_BATCH_MILLIS = 200;

    private final FeedSources sources;
    private final FeedSinks sinks;
    private final Catalogues catalogues;
    private final Pseudonymizer pseudonymizer;
    /** The end of every file read, of every feed: where UnreadLines looks for lines never read. */
    private final List<DataStream<FeedLine>> fileEnds = new ArrayList<>();
    private final Duration stateHorizon;

    public FeedsJob(FeedSources sources, FeedSinks sinks, Catalogues catalogues, Pseudonymizer pseudonymizer) {
        this(sources, sinks, catalogues, pseudonymizer, DEFAULT_STATE_HORIZON);
    }

    /** @param stateHorizon how long the keyed state of an ended dossier is kept (processing time) */
    public FeedsJob(FeedSources sources, FeedSinks sinks, Catalogues catalogues, Pseudonymizer pseudonymizer,
            Duration stateHorizon) {
        this.sources = sources;
        this.sinks = sinks;
        this.catalogues = catalogues;
        this.pseudonymizer = pseudonymizer;
        this.stateHorizon = stateHorizon;
    }

    public void build(StreamExecutionEnvironment env) {
        fileEnds.clear();
        // a bounded run (BATCH runtime mode, see JobSettings.bounded) writes each dossier's final rows once
        boolean bounded = env.getConfiguration().get(ExecutionOptions.RUNTIME_MODE) == RuntimeExecutionMode.BATCH;
        List<DataStream<Rejection>> rejected = new ArrayList<>();
        List<DataStream<LedgerEntry>> ledger = new ArrayList<>();

        // the catalogues, as lines of their feeds arrive: the rows that depend on them are derived again when they
        // change, so a job started before its catalogue, or running through a merger, ends with the right rows
        DataStream<AgencyRow> agencyLines = sources.lines(env, Feed.AGENCIES)
                .<DataStream<AgencyRow>>map(lines -> parse(lines, Feed.AGENCIES, Agency.class, AgencyRow.class,
                        new AgencyRowMapper(AgencyDirectory.empty()), rejected, ledger))
                .orElseGet(() -> none(env, AgencyRow.class, "agencies"));
        BroadcastStream<AgencyBatch> agencies = agencyLines
                .transform("agency lines → batches", TypeInformation.of(AgencyBatch.class),
                        new AgencyBatcher(CATALOGUE_BATCH_MILLIS))
                .uid("agency-batches")
                .broadcast(AgencyCatalogue.STATE);
        DataStream<ProcedureRow> procedureLines = sources.lines(env, Feed.PROCEDURES)
                .<DataStream<ProcedureRow>>map(lines -> parse(lines, Feed.PROCEDURES, Procedure.class,
                        ProcedureRow.class, new ProcedureRowMapper(), rejected, ledger))
                .orElseGet(() -> none(env, ProcedureRow.class, "procedures"));
        sink(enrich(agencyLines, a -> a.code, false, bounded, agencies, AgencyRow.class, new AgencyRows(), "agencies"),
                sinks.agencies(), "agencies");
        sink(procedureLines, sinks.procedures(), "procedures");

        Optional<DataStream<DossierFacts>> dossiers = sources.lines(env, Feed.DOSSIER_SYNC).map(lines -> enrich(
                latestVersions(parse(lines, Feed.DOSSIER_SYNC, DossierSnapshot.class, DossierFacts.class,
                        new DossierFactsDeriver(AgencyDirectory.empty(), pseudonymizer), rejected, ledger), bounded),
                f -> f.dossierId, true, bounded, agencies, DossierFacts.class, new AgencyEnrichers.Dossiers(), "dossiers"));
        dossiers.ifPresent(latest -> latest.sinkTo(sinks.dossiers()).uid("sink-dossier-facts").name("dossier_facts"));

        sources.lines(env, Feed.PROCESSING_LOG).ifPresent(lines -> sink(enrich(parse(lines, Feed.PROCESSING_LOG,
                        ProcessingStep.class, StepFacts.class, new StepFactsDeriver(AgencyDirectory.empty()), rejected,
                        ledger), StepFacts::identity, false, bounded, agencies, StepFacts.class, new AgencyEnrichers.Steps(),
                "steps"), sinks.steps(), "processing_steps"));

        Optional<DataStream<CallFacts>> calls = sources.lines(env, Feed.EXCHANGE_LOG).map(lines -> parse(lines,
                Feed.EXCHANGE_LOG, ExchangeCall.class, CallFacts.class,
                new CallFactsDeriver(AgencyDirectory.empty(), pseudonymizer), rejected, ledger));
        calls.ifPresent(all -> sink(enrich(all, c -> c.callId, false, bounded, agencies, CallFacts.class,
                new AgencyEnrichers.Calls(), "calls"), sinks.calls(), "exchange_calls"));

        sources.lines(env, Feed.PETITIONS).ifPresent(lines -> sink(parse(lines, Feed.PETITIONS, Petition.class,
                PetitionFacts.class, PublicServiceMappers.petitions(), rejected, ledger), sinks.petitions(),
                "petitions"));
        sources.lines(env, Feed.PUBLICATIONS).ifPresent(lines -> sink(parse(lines, Feed.PUBLICATIONS,
                Publication.class, PublicationFacts.class, PublicServiceMappers.publications(), rejected, ledger),
                sinks.publications(), "publications"));
        sources.lines(env, Feed.RECEPTION_REPORTS).ifPresent(lines -> sink(parse(lines, Feed.RECEPTION_REPORTS,
                ReceptionReport.class, ReceptionCount.class, PublicServiceMappers.receptionReports(), rejected,
                ledger), sinks.receptionReports(), "reception_reports"));

        List<DataStream<RegistryRow>> registryFeeds = new ArrayList<>();
        sources.lines(env, Feed.POPULATION).ifPresent(lines -> registryFeeds.add(parse(lines, Feed.POPULATION,
                CitizenRecord.class, RegistryRow.class, RegistryRowMappers.population(pseudonymizer), rejected, ledger)));
        sources.lines(env, Feed.BUSINESS_REGISTRY).ifPresent(lines -> registryFeeds.add(parse(lines,
                Feed.BUSINESS_REGISTRY, EnterpriseRecord.class, RegistryRow.class,
                RegistryRowMappers.businessRegistry(pseudonymizer), rejected, ledger)));
        sources.lines(env, Feed.INSURANCE).ifPresent(lines -> registryFeeds.add(parse(lines, Feed.INSURANCE,
                InsuranceRecord.class, RegistryRow.class, RegistryRowMappers.insurance(pseudonymizer), rejected, ledger)));
        Optional<DataStream<RegistryRow>> registries = registryFeeds.stream().reduce(DataStream::union);
        registries.ifPresent(all -> sink(all, sinks.registries(), "registry_records"));

        dossiers.ifPresent(latest -> joinReuse(latest, registries, calls,
                procedureLines.broadcast(ReuseJoin.PROCEDURES), bounded));

        rejected.stream().reduce(DataStream::union).ifPresent(all -> all.sinkTo(sinks.rejected())
                .uid("sink-rejected-records")
                .name("rejected_records"));
        fileEnds.stream().reduce(DataStream::union).ifPresent(all -> ledger.add(all
                .keyBy(eof -> eof.file)
                .process(new UnreadLines(sources.fileRecheckInterval()))
                .uid("unread-lines")
                .name("lines never read")));
        ledger.stream().reduce(DataStream::union).ifPresent(all -> all.sinkTo(sinks.ledger())
                .uid("sink-feed-ledger")
                .name("feed_ledger"));
    }

    /**
     * The registries meet each dossier's applicant, partitioned by the applicant's pseudonym; then the dossier, its
     * registry matches and its calls meet, partitioned by dossier, into the three views of reuse.
     */
    private void joinReuse(DataStream<DossierFacts> dossiers, Optional<DataStream<RegistryRow>> registries,
            Optional<DataStream<CallFacts>> calls, BroadcastStream<ProcedureRow> procedures, boolean bounded) {
        DataStream<SubjectEvent> subjects = dossiers
                .filter(d -> !d.applicantRef.isEmpty() && !RegistryJoin.registriesFor(d.applicantType).isEmpty())
                .uid("dossiers-with-registered-applicants")
                .name("dossiers with a registrable applicant")
                .map(d -> SubjectEvent.ofDossier(d.applicantRef, d.dossierId, d.applicantType, d.ended()))
                .returns(SubjectEvent.class)
                .uid("dossier-subjects")
                .name("dossier → subject");
        if (registries.isPresent()) {
            subjects = subjects.union(registries.get()
                    .flatMap(new RegistrySubjects())
                    .uid("registry-subjects")
                    .name("registry record → subjects"));
        }
        DataStream<ReuseInput> inputs = dossiers.map(ReuseInput::of).returns(ReuseInput.class)
                .uid("reuse-input-dossiers").name("dossier → reuse input")
                .union(subjects.keyBy(e -> e.subject)
                        .process(new RegistryJoin(stateHorizon, bounded))
                        .uid("registry-join")
                        .name("registries ⋈ applicants")
                        .map(ReuseInput::of).returns(ReuseInput.class)
                        .uid("reuse-input-matches")
                        .name("registry match → reuse input"));
        if (calls.isPresent()) {
            inputs = inputs.union(calls.get()
                    .filter(c -> !c.dossierId.isEmpty())
                    .uid("calls-for-dossiers")
                    .name("calls made for a dossier")
                    .map(ReuseInput::of).returns(ReuseInput.class)
                    .uid("reuse-input-calls")
                    .name("call → reuse input"));
        }
        sink(inputs.keyBy(ReuseInput::dossierId)
                .connect(procedures)
                .process(new ReuseJoin(catalogues.procedures(), stateHorizon, bounded))
                .uid("reuse-join")
                .name("dossier ⋈ registries ⋈ calls"), sinks.reuse(), "dossier_reuse");
    }

    /**
     * Streaming passes on every newer version at once; a bounded run keeps only each dossier's newest, sent when
     * its last snapshot has been read. The same uid either way: only a streaming job is ever restored.
     */
    private SingleOutputStreamOperator<DossierFacts> latestVersions(DataStream<DossierFacts> facts,
            boolean bounded) {
        KeyedStream<DossierFacts, String> byDossier = facts.keyBy(f -> f.dossierId);
        return (bounded ? byDossier.reduce(new NewestVersion())
                        : byDossier.process(new LatestVersionFilter(stateHorizon)))
                .uid("latest-dossier-version")
                .name("latest version per dossier");
    }

    private <T, R> SingleOutputStreamOperator<R> parse(DataStream<FeedLine> lines, Feed feed, Class<T> type,
            Class<R> rowType, RecordMapper<T, R> mapper, List<DataStream<Rejection>> rejected,
            List<DataStream<LedgerEntry>> ledger) {
        SingleOutputStreamOperator<R> rows = lines
                .process(new ParseFunction<>(feed, type, mapper, pseudonymizer), TypeInformation.of(rowType))
                .uid("parse-" + feed.directory())
                .name("parse " + feed.directory());
        rejected.add(rows.getSideOutput(ParseFunction.REJECTED));
        ledger.add(rows.getSideOutput(ParseFunction.LEDGER));
        fileEnds.add(rows.getSideOutput(ParseFunction.FILE_ENDS));
        return rows;
    }

    /**
     * Gives the rows their agency catalogue columns (the catalogue the job was built with under the broadcast
     * lines). Streaming, each key's row is held and derived again whenever the catalogue changes it; rows that a
     * keyed stage already partitioned by {@code key} (dossiers) are not shuffled again. A bounded
     * run reads the whole broadcast catalogue before any row, so it enriches each row once and holds nothing.
     */
    private <T> DataStream<T> enrich(DataStream<T> rows, KeySelector<T, String> key, boolean partitioned,
            boolean bounded,
            BroadcastStream<AgencyBatch> agencies, Class<T> type, AgencyEnricher<T> enricher, String what) {
        SingleOutputStreamOperator<T> enriched = bounded
                ? rows.connect(agencies).process(new CatalogueEnrichment<>(enricher, catalogues.agencies()),
                        TypeInformation.of(type))
                : (partitioned ? DataStreamUtils.reinterpretAsKeyedStream(rows, key, Types.STRING) : rows.keyBy(key))
                        .connect(agencies).process(
                        new AgencyEnrichment<>(type, enricher, catalogues.agencies(), stateHorizon),
                        TypeInformation.of(type));
        return enriched.uid("agency-catalogue-" + what).name(what + " ⋈ agency catalogue");
    }


    /** An empty stream where a catalogue has no feed: the operators that enrich still get their broadcast input. */
    private static <T> DataStream<T> none(StreamExecutionEnvironment env, Class<T> type, String catalogue) {
        return env.fromData(TypeInformation.of(type)).uid("no-" + catalogue + "-feed").name("no " + catalogue + " feed");
    }

    private static <R> void sink(DataStream<R> rows, Sink<R> sink, String table) {
        rows.sinkTo(sink).uid("sink-" + table).name(table);
    }
}
