package vn.ioc.sink;

import java.util.List;
import vn.ioc.measure.StepFacts;

/** Columns of {@code processing_steps}. */
public final class StepFactsEncoder implements RowEncoder<StepFacts> {
    private static final long serialVersionUID = 1L;

    @Override
    public String table() {
        return "processing_steps";
    }

    @Override
    public List<String> columns() {
        return List.of("dossier_id", "agency_code", "officer", "title", "unit", "step_at", "content", "status",
                "started_at", "deadline", "late", "late_hours", "province_code");
    }

    @Override
    public void encode(StepFacts f, TsvRow out) {
        out.string(f.dossierId).string(f.agencyCode).string(f.officer).string(f.title).string(f.unit)
                .dateTime(f.stepAt).string(f.content).number(f.status).nullableDateTime(f.startedAt)
                .nullableDateTime(f.deadline).bool(f.late).nullableDecimal(f.lateHours)
                .string(f.provinceCode);
    }
}
