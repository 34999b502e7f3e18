package vn.ioc.sink;

import java.util.List;
import vn.ioc.enrich.ProcedureRow;

/** Columns of {@code procedures}. */
public final class ProcedureRowEncoder implements RowEncoder<ProcedureRow> {
    private static final long serialVersionUID = 1L;

    @Override
    public String table() {
        return "procedures";
    }

    @Override
    public List<String> columns() {
        return List.of("procedure_code", "name", "field_code", "field_name", "levels", "applicant_types",
                "fee_bearing", "online_offered", "duration_days", "documents", "replaceable_documents",
                "result_codes");
    }

    @Override
    public void encode(ProcedureRow r, TsvRow out) {
        out.string(r.code).string(r.name).string(r.fieldCode).string(r.fieldName)
                .numberArray(r.levels).numberArray(r.applicantTypes).bool(r.feeBearing)
                .bool(r.onlineOffered).nullableDecimal(r.durationDays).number(r.documents)
                .number(r.replaceableDocuments).stringArray(r.resultCodes);
    }
}
