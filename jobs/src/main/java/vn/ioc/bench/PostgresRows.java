package vn.ioc.bench;

import java.util.List;
import vn.ioc.measure.CallFacts;
import vn.ioc.measure.DossierFacts;
import vn.ioc.measure.StepFacts;
import vn.ioc.sink.RowEncoder;
import vn.ioc.sink.TsvRow;

/**
 * The PostgreSQL copy of the rows operators query (sql/postgres/wide-tables.sql): the columns of ClickHouse's views
 * dossiers, steps and calls that the PostgreSQL questions use, named as in those views, in COPY's text format (which
 * TabSeparated is, for these types). The filler writes them from the same facts it writes to ClickHouse; the
 * national-month benchmark selects the same columns from ClickHouse's views.
 */
final class PostgresRows {
    private PostgresRows() {}

    /** One row per dossier, its latest version; level_name and overdue as the dossiers view computes them. */
    static final class Dossiers implements RowEncoder<DossierFacts> {
        private static final long serialVersionUID = 1L;
        private final long now = System.currentTimeMillis() / 1000;

        @Override
        public String table() {
            return "dossiers";
        }

        @Override
        public List<String> columns() {
            return List.of("dossier_id", "province_code", "agency_code", "agency_level", "level_name",
                    "procedure_code", "procedure_name", "channel", "applicant_type", "status", "submitted_at", "due_at",
                    "finished_at", "digitized", "e_result", "vneid_verified", "population_data", "fee_bearing",
                    "fee_amount", "paid_online", "payment_channel", "timeliness", "processing_hours", "supplements",
                    "overdue");
        }

        @Override
        public void encode(DossierFacts f, TsvRow out) {
            out.string(f.dossierId).string(f.provinceCode).string(f.agencyCode).number(f.agencyLevel)
                    .string(levelName(f.agencyLevel)).string(f.procedureCode).string(f.procedureName)
                    .number(f.channel).number(f.applicantType).number(f.status).dateTime(f.submittedAt)
                    .nullableDateTime(f.dueAt).nullableDateTime(f.finishedAt).bool(f.digitized).bool(f.eResult)
                    .bool(f.vneidVerified).bool(f.populationData).bool(f.feeBearing).number(f.feeAmount)
                    .bool(f.paidOnline).number(f.paymentChannel).string(f.timeliness)
                    .nullableDecimal(f.processingHours).number(f.supplements)
                    .bool("open".equals(f.timeliness) && f.dueAt != null && f.dueAt < now);
        }

        private static String levelName(int level) {
            return switch (level) {
                case 1 -> "province";
                case 2 -> "district";
                case 3 -> "commune";
                default -> "unknown";
            };
        }
    }

    static final class Steps implements RowEncoder<StepFacts> {
        private static final long serialVersionUID = 1L;

        @Override
        public String table() {
            return "steps";
        }

        @Override
        public List<String> columns() {
            return List.of("dossier_id", "agency_code", "officer", "title", "step_at", "late", "late_hours");
        }

        @Override
        public void encode(StepFacts f, TsvRow out) {
            out.string(f.dossierId).string(f.agencyCode).string(f.officer).string(f.title).dateTime(f.stepAt)
                    .bool(f.late).nullableDecimal(f.lateHours);
        }
    }

    static final class Calls implements RowEncoder<CallFacts> {
        private static final long serialVersionUID = 1L;

        @Override
        public String table() {
            return "calls";
        }

        @Override
        public List<String> columns() {
            return List.of("call_id", "dossier_id", "database", "api", "platform", "caller_agency", "outcome",
                    "latency_ms");
        }

        @Override
        public void encode(CallFacts f, TsvRow out) {
            out.string(f.callId).string(f.dossierId).string(f.database).string(f.api).string(f.platform)
                    .string(f.callerAgency).number(f.outcome).number(f.latencyMs);
        }
    }
}
