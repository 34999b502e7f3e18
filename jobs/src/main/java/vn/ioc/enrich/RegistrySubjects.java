package vn.ioc.enrich;

import org.apache.flink.api.common.functions.FlatMapFunction;
import org.apache.flink.util.Collector;

/**
 * Sends a registry record to every subject it can concern: a citizen record to the citizen id and to the old
 * 9-digit card some dossiers still use; a business record to the enterprise code; an insurance record to its
 * holder's citizen id, since dossiers name the citizen, not the insurance code.
 */
public final class RegistrySubjects implements FlatMapFunction<RegistryRow, SubjectEvent> {
    private static final long serialVersionUID = 1L;

    @Override
    public void flatMap(RegistryRow r, Collector<SubjectEvent> out) {
        switch (r.registry) {
            case RegistryJoin.POPULATION -> {
                out.collect(SubjectEvent.of(r.keyRef, r));
                if (!r.linkedRef.isEmpty()) {
                    out.collect(SubjectEvent.of(r.linkedRef, r));
                }
            }
            case RegistryJoin.INSURANCE -> {
                if (!r.linkedRef.isEmpty()) {
                    out.collect(SubjectEvent.of(r.linkedRef, r));
                }
            }
            default -> out.collect(SubjectEvent.of(r.keyRef, r));
        }
    }
}
