package vn.ioc.measure;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.util.KeyedBroadcastOperatorTestHarness;
import org.apache.flink.streaming.util.ProcessFunctionTestHarnesses;
import org.junit.jupiter.api.Test;
import vn.ioc.enrich.ProcedureCatalogue;
import vn.ioc.enrich.ProcedureRow;
import vn.ioc.enrich.RegistryJoin;
import vn.ioc.enrich.RegistryMatch;
import vn.ioc.feed.Codes;
import vn.ioc.feed.Procedure;
import vn.ioc.testing.ArrivalOrders;
import vn.ioc.testing.KeyedState;

/**
 * {@link ReuseJoin} on its own, with Flink's operator harness: whatever order a dossier's snapshots (an older one
 * after a newer one included), registry matches and calls arrive in, its last reuse row is the same; once the
 * dossier has ended and the state horizon has passed, no state and no timer is left.
 */
class ReuseJoinTest {
    private static final Duration HORIZON = Duration.ofDays(30);
    private static final long START = 1_000;
    private static final String PROCEDURE = "1.001";

    @Test
    void everyArrivalOrderEndsWithTheSameRowAndLeavesNothingBehind() throws Exception {
        DossierFacts first = dossier(SnapshotOrder.version(1_672_900_000L, 2, 7), Timeliness.OPEN);
        DossierFacts last = dossier(SnapshotOrder.version(1_673_000_000L, 9, 7), Timeliness.ON_TIME);
        List<ReuseInput> inputs = List.of(
                ReuseInput.of(first),
                ReuseInput.of(last),
                ReuseInput.of(match(RegistryJoin.POPULATION, true)),
                ReuseInput.of(match(RegistryJoin.INSURANCE, false)),
                ReuseInput.of(call("c1", Codes.DB_INSURANCE, 3, 80)),
                ReuseInput.of(call("c2", Codes.DB_POPULATION, 1, 240)));
        String expected = null;
        for (List<ReuseInput> order : ArrivalOrders.of(inputs)) {
            try (var harness = harness()) {
                harness.setProcessingTime(START);
                for (ReuseInput in : order) {
                    harness.processElement(in, 0);
                }
                Map<String, ReuseFacts> lastRow = new LinkedHashMap<>();
                harness.extractOutputValues().forEach(r -> lastRow.put(r.dossierId, r));
                ReuseFacts row = lastRow.get("d");
                if (expected == null) {
                    // what the fixture means, checked once; every other order must give the very same row
                    assertEquals(SnapshotOrder.derived(last.version, 1 + 2 + 2 + 1), row.version,
                            "the last snapshot, two calls, one registry found and one not");
                    assertArrayEquals(new String[] {Codes.DB_POPULATION}, row.declared);
                    assertArrayEquals(new String[] {Codes.DB_INSURANCE, Codes.DB_POPULATION}, row.observed);
                    assertArrayEquals(new String[] {Codes.DB_POPULATION}, row.observedMatched);
                    assertArrayEquals(new String[] {Codes.DB_POPULATION}, row.registriesFound);
                    assertArrayEquals(new String[] {Codes.DB_POPULATION, ProcedureCatalogue.EARLIER_RESULT},
                            row.possible);
                    assertArrayEquals(new String[] {ProcedureCatalogue.EARLIER_RESULT}, row.missed);
                    assertArrayEquals(new String[] {QualityFlag.CALL_WITHOUT_DECLARATION}, row.findings);
                    assertEquals(1, row.callsNotFound);
                    assertEquals(240, row.maxLatencyMs);
                    expected = ArrivalOrders.describe(row);
                }
                assertEquals(expected, ArrivalOrders.describe(row), "order " + describe(order));

                harness.setProcessingTime(START + HORIZON.toMillis());
                assertEquals(0, KeyedState.entries(harness), "order " + describe(order));
                assertEquals(0, harness.numProcessingTimeTimers(), "order " + describe(order));
            }
        }
    }

    @Test
    void anInputThatChangesNothingSendsNothing() throws Exception {
        try (var harness = harness()) {
            harness.processElement(ReuseInput.of(dossier(5L << 24, Timeliness.OPEN)), 0);
            harness.processElement(ReuseInput.of(call("c1", Codes.DB_POPULATION, 1, 10)), 0);
            harness.processElement(ReuseInput.of(call("c1", Codes.DB_POPULATION, 1, 10)), 0); // redelivered
            harness.processElement(ReuseInput.of(dossier(5L << 24, Timeliness.OPEN)), 0); // same snapshot again
            assertEquals(2, harness.extractOutputValues().size());
            assertEquals(0, harness.numProcessingTimeTimers(), "an open dossier is kept without a timer");
        }
    }

    /** The one place that knows the operator's shape; the assertions count state with {@link KeyedState}. */
    private static KeyedBroadcastOperatorTestHarness<String, ReuseInput, ProcedureRow, ReuseFacts> harness()
            throws Exception {
        return ProcessFunctionTestHarnesses.forKeyedBroadcastProcessFunction(new ReuseJoin(catalogue(), HORIZON),
                ReuseInput::dossierId, Types.STRING, ReuseJoin.PROCEDURES);
    }

    /** The procedure's ID card can come from the population database, its earlier licence from an earlier result. */
    private static ProcedureCatalogue catalogue() {
        Procedure.Document card = new Procedure.Document();
        card.maGiayTo = "CCCD";
        card.maCsdlThayThe = Codes.DB_POPULATION;
        Procedure.Document licence = new Procedure.Document();
        licence.maGiayTo = "GP";
        licence.maKqThayThe = "KQ-1";
        Procedure.ComponentSet set = new Procedure.ComponentSet();
        set.giayTo = List.of(card, licence);
        Procedure p = new Procedure();
        p.maTTHC = PROCEDURE;
        p.thanhPhanHoSo = List.of(set);
        return ProcedureCatalogue.of(List.of(p));
    }

    private static List<String> describe(List<ReuseInput> order) {
        return order.stream().map(in -> in.dossier != null ? "dossier@" + in.dossier.version
                : in.match != null ? in.match.registry : in.call.callId).toList();
    }

    private static DossierFacts dossier(long version, String timeliness) {
        DossierFacts f = new DossierFacts();
        f.dossierId = "d";
        f.version = version;
        f.timeliness = timeliness;
        f.procedureCode = PROCEDURE;
        f.applicantType = Codes.APPLICANT_CITIZEN;
        f.submittedAt = 1_672_900_000L;
        f.databases = new String[] {Codes.DB_POPULATION};
        f.paperDocuments = new String[] {"CCCD", "GP"};
        return f;
    }

    private static RegistryMatch match(String registry, boolean found) {
        RegistryMatch m = new RegistryMatch();
        m.dossierId = "d";
        m.registry = registry;
        m.found = found;
        m.status = found ? 1 : 0;
        m.updatedAt = 5;
        return m;
    }

    private static CallFacts call(String id, String database, int outcome, int latencyMs) {
        CallFacts c = new CallFacts();
        c.callId = id;
        c.dossierId = "d";
        c.database = database;
        c.outcome = outcome;
        c.latencyMs = latencyMs;
        return c;
    }
}
