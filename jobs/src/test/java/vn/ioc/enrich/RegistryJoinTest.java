package vn.ioc.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.util.KeyedOneInputStreamOperatorTestHarness;
import org.apache.flink.streaming.util.ProcessFunctionTestHarnesses;
import org.junit.jupiter.api.Test;
import vn.ioc.feed.Codes;
import vn.ioc.testing.ArrivalOrders;

/**
 * {@link RegistryJoin} on its own, with Flink's operator harness: whatever order a subject's registry records and
 * dossiers arrive in (an older record after a newer one included), each dossier's last match per registry reflects
 * the newest record; once the dossiers have ended and the state horizon has passed, the subject keeps its records
 * only (a later registry change revises no forgotten dossier, a new dossier meets the kept records), a subject
 * without records is gone, and no timer is left.
 */
class RegistryJoinTest {
    private static final Duration HORIZON = Duration.ofDays(30);
    private static final long START = 1_000;

    @Test
    void everyArrivalOrderEndsWithTheNewestRecordPerDossierAndRegistry() throws Exception {
        List<SubjectEvent> inputs = List.of(
                SubjectEvent.of("citizen", record(RegistryJoin.POPULATION, "citizen", 1, 1)),
                SubjectEvent.of("citizen", record(RegistryJoin.POPULATION, "citizen", 2, 2)),
                SubjectEvent.of("citizen", record(RegistryJoin.INSURANCE, "citizen", 1, 1)),
                SubjectEvent.ofDossier("citizen", "d1", Codes.APPLICANT_CITIZEN, true),
                SubjectEvent.ofDossier("citizen", "d2", Codes.APPLICANT_CITIZEN, true),
                SubjectEvent.ofDossier("firm", "d3", Codes.APPLICANT_ENTERPRISE, true));
        Map<String, String> expected = Map.of(
                "d1 population", "found status 2 updated 2",
                "d1 insurance", "found status 1 updated 1",
                "d2 population", "found status 2 updated 2",
                "d2 insurance", "found status 1 updated 1",
                "d3 business-registry", "not found");
        for (List<SubjectEvent> order : ArrivalOrders.of(inputs)) {
            try (var harness = harness()) {
                harness.setProcessingTime(START);
                for (SubjectEvent e : order) {
                    harness.processElement(e, 0);
                }
                Map<String, String> last = new TreeMap<>();
                for (RegistryMatch m : harness.extractOutputValues()) {
                    last.put(m.dossierId + " " + m.registry, m.found
                            ? "found status " + m.status + " updated " + m.updatedAt : "not found");
                }
                assertEquals(new TreeMap<>(expected), last, "order " + describe(order));

                harness.setProcessingTime(START + HORIZON.toMillis());
                assertEquals(1, harness.numKeyedStateEntries(), "the citizen's records only: " + describe(order));
                assertEquals(0, harness.numProcessingTimeTimers(), "order " + describe(order));

                // the ended dossiers are forgotten: a registry change revises none of them
                int sent = harness.extractOutputValues().size();
                harness.processElement(SubjectEvent.of("citizen", record(RegistryJoin.INSURANCE, "citizen", 3, 2)), 0);
                assertEquals(sent, harness.extractOutputValues().size(), "order " + describe(order));
                // the records are kept: a new dossier meets the newest of each
                harness.processElement(SubjectEvent.ofDossier("citizen", "d4", Codes.APPLICANT_CITIZEN, false), 0);
                List<RegistryMatch> fresh = harness.extractOutputValues().subList(sent, sent + 2);
                assertEquals(List.of("population found status 2 updated 2", "insurance found status 2 updated 3"),
                        fresh.stream().map(m -> m.registry + " found status " + m.status + " updated " + m.updatedAt)
                                .toList(), "order " + describe(order));
            }
        }
    }

    @Test
    void aDeletedRecordIsNotFoundAndAnUnregistrableApplicantIsNotJoined() throws Exception {
        try (var harness = harness()) {
            RegistryRow deleted = record(RegistryJoin.BUSINESS, "firm", 3, 1);
            deleted.deleted = true;
            harness.processElement(SubjectEvent.of("firm", deleted), 0);
            harness.processElement(SubjectEvent.ofDossier("firm", "d1", Codes.APPLICANT_ENTERPRISE, false), 0);
            harness.processElement(SubjectEvent.ofDossier("other", "d2", 3, false), 0);
            List<RegistryMatch> out = harness.extractOutputValues();
            assertEquals(1, out.size(), "no registry knows an applicant of type 3");
            assertFalse(out.get(0).found);
            assertEquals(3, out.get(0).updatedAt, "the deletion's time is still known");
            assertEquals(0, harness.numProcessingTimeTimers(), "open dossiers are not released");
        }
    }

    private static KeyedOneInputStreamOperatorTestHarness<String, SubjectEvent, RegistryMatch> harness()
            throws Exception {
        return ProcessFunctionTestHarnesses.forKeyedProcessFunction(new RegistryJoin(HORIZON), e -> e.subject,
                Types.STRING);
    }

    private static List<String> describe(List<SubjectEvent> order) {
        return order.stream().map(e -> e.record != null ? e.record.registry + "@" + e.record.updatedAt : e.dossierId)
                .toList();
    }

    private static RegistryRow record(String registry, String subject, long updatedAt, int status) {
        RegistryRow r = new RegistryRow();
        r.registry = registry;
        r.keyRef = subject;
        r.linkedRef = "";
        r.status = status;
        r.since = 1980;
        r.province = "52";
        r.commune = "21550";
        r.updatedAt = updatedAt;
        return r;
    }
}
