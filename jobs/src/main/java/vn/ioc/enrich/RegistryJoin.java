package vn.ioc.enrich;

import java.util.List;
import java.util.Map;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.MapState;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;
import vn.ioc.feed.Codes;

/**
 * Joins the national registries with the dossiers of each subject, partitioned by the subject's pseudonym so that
 * state grows with the registries but is spread over the cluster (on RocksDB, off the heap). Keeps the latest
 * record of each registry for the subject and the dossiers that concern it; whichever arrives first, every dossier
 * ends up with a match per relevant registry that reflects the latest record.
 */
public final class RegistryJoin extends KeyedProcessFunction<String, SubjectEvent, RegistryMatch> {
    private static final long serialVersionUID = 1L;
    public static final String POPULATION = "population";
    public static final String BUSINESS = "business-registry";
    public static final String INSURANCE = "insurance";

    private transient MapState<String, RegistryRow> records;
    private transient MapState<String, Integer> dossiers;

    @Override
    public void open(OpenContext openContext) {
        records = getRuntimeContext().getMapState(
                new MapStateDescriptor<>("registry-records", Types.STRING, Types.POJO(RegistryRow.class)));
        dossiers = getRuntimeContext().getMapState(
                new MapStateDescriptor<>("subject-dossiers", Types.STRING, Types.INT));
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
        if (e.record != null) {
            RegistryRow known = records.get(e.record.registry);
            if (known != null && known.updatedAt > e.record.updatedAt) {
                return;
            }
            records.put(e.record.registry, e.record);
            for (Map.Entry<String, Integer> d : dossiers.entries()) {
                if (registriesFor(d.getValue()).contains(e.record.registry)) {
                    out.collect(match(d.getKey(), e.record.registry, e.record));
                }
            }
        } else {
            dossiers.put(e.dossierId, e.applicantType);
            for (String registry : registriesFor(e.applicantType)) {
                out.collect(match(e.dossierId, registry, records.get(registry)));
            }
        }
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
