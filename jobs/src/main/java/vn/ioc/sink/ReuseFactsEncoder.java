package vn.ioc.sink;

import java.util.List;
import vn.ioc.measure.ReuseFacts;

/** Columns of {@code dossier_reuse}. */
public final class ReuseFactsEncoder implements RowEncoder<ReuseFacts> {
    private static final long serialVersionUID = 1L;

    @Override
    public String table() {
        return "dossier_reuse";
    }

    @Override
    public List<String> columns() {
        return List.of("dossier_id", "version", "province_code", "agency_code", "agency_level",
                "successor_agency_code", "procedure_code", "submitted_at", "applicant_type", "declared", "observed",
                "observed_matched", "registries_found", "possible", "missed", "missed_components", "calls",
                "call_errors", "calls_not_found", "max_latency_ms", "findings");
    }

    @Override
    public void encode(ReuseFacts f, TsvRow out) {
        out.string(f.dossierId).number(f.version).string(f.provinceCode).string(f.agencyCode).number(f.agencyLevel)
                .string(f.successorAgencyCode).string(f.procedureCode).dateTime(f.submittedAt).number(f.applicantType)
                .stringArray(f.declared).stringArray(f.observed).stringArray(f.observedMatched)
                .stringArray(f.registriesFound).stringArray(f.possible).stringArray(f.missed)
                .number(f.missedComponents).number(f.calls).number(f.callErrors).number(f.callsNotFound)
                .number(f.maxLatencyMs).stringArray(f.findings);
    }
}
