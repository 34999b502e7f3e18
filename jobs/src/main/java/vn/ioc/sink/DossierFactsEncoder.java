package vn.ioc.sink;

import java.util.List;
import vn.ioc.measure.DossierFacts;

/** Columns of {@code dossier_facts} (clickhouse/migrations/V001); ingested_at is the server's insert time. */
public final class DossierFactsEncoder implements RowEncoder<DossierFacts> {
    private static final long serialVersionUID = 1L;

    @Override
    public String table() {
        return "dossier_facts";
    }

    @Override
    public List<String> columns() {
        return List.of("dossier_id", "version", "province_code", "agency_code", "agency_level",
                "successor_agency_code", "procedure_code", "procedure_name", "field_code", "field_name", "channel",
                "applicant_type", "applicant_ref", "status", "submitted_at", "received_at", "due_at", "finished_at",
                "returned_at", "refused_at", "components", "components_digitized", "components_reused_component",
                "components_reused_result", "components_from_store", "digitized", "reused", "from_store",
                "e_results", "e_result", "vneid_verified", "population_data", "databases", "fee_bearing",
                "fee_amount", "paid_online", "payment_channel", "timeliness", "processing_hours", "supplements",
                "quality_flags");
    }

    @Override
    public void encode(DossierFacts f, TsvRow out) {
        out.string(f.dossierId).number(f.version).string(f.provinceCode).string(f.agencyCode)
                .number(f.agencyLevel).string(f.successorAgencyCode).string(f.procedureCode)
                .string(f.procedureName).string(f.fieldCode).string(f.fieldName).number(f.channel)
                .number(f.applicantType).string(f.applicantRef).number(f.status).dateTime(f.submittedAt)
                .nullableDateTime(f.receivedAt).nullableDateTime(f.dueAt).nullableDateTime(f.finishedAt)
                .nullableDateTime(f.returnedAt).nullableDateTime(f.refusedAt).number(f.components)
                .number(f.componentsDigitized).number(f.componentsReusedComponent)
                .number(f.componentsReusedResult).number(f.componentsFromStore).bool(f.digitized)
                .bool(f.reused).bool(f.fromStore).number(f.eResults).bool(f.eResult).bool(f.vneidVerified)
                .bool(f.populationData).stringArray(f.databases).bool(f.feeBearing).number(f.feeAmount)
                .bool(f.paidOnline).number(f.paymentChannel).string(f.timeliness)
                .nullableDecimal(f.processingHours).number(f.supplements).stringArray(f.qualityFlags);
    }
}
