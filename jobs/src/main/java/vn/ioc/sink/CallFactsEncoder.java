package vn.ioc.sink;

import java.util.List;
import vn.ioc.measure.CallFacts;

/** Columns of {@code exchange_calls}. */
public final class CallFactsEncoder implements RowEncoder<CallFacts> {
    private static final long serialVersionUID = 1L;

    @Override
    public String table() {
        return "exchange_calls";
    }

    @Override
    public List<String> columns() {
        return List.of("call_id", "dossier_id", "database", "api", "service", "platform", "caller_agency",
                "officer", "subject_ref", "called_at", "outcome", "latency_ms", "province_code");
    }

    @Override
    public void encode(CallFacts f, TsvRow out) {
        out.string(f.callId).string(f.dossierId).string(f.database).string(f.api).string(f.service)
                .string(f.platform).string(f.callerAgency).string(f.officer).string(f.subjectRef)
                .dateTime(f.calledAt).number(f.outcome).number(f.latencyMs)
                .string(f.provinceCode);
    }
}
