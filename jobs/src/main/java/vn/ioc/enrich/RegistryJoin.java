package vn.ioc.enrich;

import java.time.Duration;
import java.util.List;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;
import vn.ioc.feed.Codes;

/**
 * Joins the national registries with the dossiers of each subject, partitioned by the subject's pseudonym so that
 * state grows with the registries but is spread over the cluster (on RocksDB, off the heap). Keeps the latest
 * record of each registry for the subject and the dossiers that concern it; whichever arrives first, every dossier
 * ends up with a match per relevant registry that reflects the latest record. Only what a match needs of a record
 * is kept; a dossier that has ended is forgotten once the state horizon has passed (later registry changes no
 * longer revise it), and a subject with neither records nor dossiers left is dropped.
 */
public final class RegistryJoin extends KeyedProcessFunction<String, SubjectEvent, RegistryMatch> {
    private static final long serialVersionUID = 1L;
    public static final String POPULATION = "population";
    public static final String BUSINESS = "business-registry";
    public static final String INSURANCE = "insurance";

    private final long horizonMillis;
    /** A bounded run: every match is sent once, when the subject's last input has been seen. */
    private final boolean atEnd;
    private transient ValueState<SubjectState> state;

    /** @param horizon how long an ended dossier stays joined to its subject's registry records */
    public RegistryJoin(Duration horizon) {
        this(horizon, false);
    }

    /**
     * @param atEnd true in a bounded run (Flink's BATCH runtime mode, where a key's inputs come together and its
     *     timers fire after its last one): the state only gathers, and each dossier's final match per registry is
     *     sent once at the end of the key, in whatever order the key's inputs came. Nothing is released early.
     */
    public RegistryJoin(Duration horizon, boolean atEnd) {
        this.horizonMillis = horizon.toMillis();
        this.atEnd = atEnd;
    }

    @Override
    public void open(OpenContext openContext) {
        state = getRuntimeContext().getState(
                new ValueStateDescriptor<>("subject", Types.POJO(SubjectState.class)));
    }

    /** The registries that can know an applicant of this type. */
    public static List<String> registriesFor(int applicantType) {
        return switch (applicantType) {
            case Codes.APPLICANT_CITIZEN -> List.of(POPULATION, INSURANCE);
            case Codes.APPLICANT_ENTERPRISE -> List.of(BUSINESS);
            default -> List.of();
        };
    }

    @Override
    public void processElement(SubjectEvent e, Context ctx, Collector<RegistryMatch> out) throws Exception {
        SubjectState s = state.value();
        if (s == null) {
            s = new SubjectState();
        }
        if (e.record != null) {
            RegistryRow known = s.record(e.record.registry);
            if (known != null && known.updatedAt > e.record.updatedAt) {
                return;
            }
            s.setRecord(joined(e.record));
            state.update(s);
            if (atEnd) {
                ctx.timerService().registerProcessingTimeTimer(Long.MAX_VALUE);
                return;
            }
            for (int i = 0; i < s.dossierIds.length; i++) {
                if (registriesFor(s.applicantTypes[i]).contains(e.record.registry)) {
                    out.collect(match(s.dossierIds[i], e.record.registry, e.record));
                }
            }
        } else if (atEnd) {
            if (s.addDossier(e.dossierId, e.applicantType, 0)) {
                state.update(s);
            }
            ctx.timerService().registerProcessingTimeTimer(Long.MAX_VALUE);
        } else {
            long releaseAt = 0;
            if (e.ended) {
                releaseAt = ctx.timerService().currentProcessingTime() + horizonMillis;
                // one timer per millisecond per subject at most: Flink keeps a single timer for equal times
                ctx.timerService().registerProcessingTimeTimer(releaseAt);
            }
            if (s.addDossier(e.dossierId, e.applicantType, releaseAt)) {
                state.update(s);
            }
            for (String registry : registriesFor(e.applicantType)) {
                out.collect(match(e.dossierId, registry, s.record(registry)));
            }
        }
    }

    @Override
    public void onTimer(long timestamp, OnTimerContext ctx, Collector<RegistryMatch> out) throws Exception {
        SubjectState s = state.value();
        if (s == null) {
            return;
        }
        if (atEnd) {
            for (int i = 0; i < s.dossierIds.length; i++) {
                for (String registry : registriesFor(s.applicantTypes[i])) {
                    out.collect(match(s.dossierIds[i], registry, s.record(registry)));
                }
            }
            state.clear();
            return;
        }
        if (s.release(timestamp)) {
            state.clear();
        } else {
            state.update(s);
        }
    }

    /** What a match needs of a record: the subject's key and location are not kept for every subject in state. */
    private static RegistryRow joined(RegistryRow record) {
        RegistryRow kept = new RegistryRow();
        kept.registry = record.registry;
        kept.status = record.status;
        kept.since = record.since;
        kept.updatedAt = record.updatedAt;
        kept.deleted = record.deleted;
        return kept;
    }

    private static RegistryMatch match(String dossierId, String registry, RegistryRow record) {
        RegistryMatch m = new RegistryMatch();
        m.dossierId = dossierId;
        m.registry = registry;
        m.found = record != null && !record.deleted;
        if (record != null) {
            m.status = record.status;
            m.since = record.since;
            m.updatedAt = record.updatedAt;
        }
        return m;
    }
}
