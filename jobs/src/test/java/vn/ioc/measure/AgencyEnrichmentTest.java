package vn.ioc.measure;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.util.KeyedBroadcastOperatorTestHarness;
import org.apache.flink.streaming.util.ProcessFunctionTestHarnesses;
import org.junit.jupiter.api.Test;
import vn.ioc.enrich.AgencyBatch;
import vn.ioc.enrich.AgencyCatalogue;
import vn.ioc.enrich.AgencyDirectory;
import vn.ioc.enrich.AgencyEnrichment;
import vn.ioc.enrich.AgencyRow;
import vn.ioc.enrich.AgencyRows;
import vn.ioc.testing.KeyedState;

/**
 * The agency catalogue as broadcast state, driven through Flink's keyed broadcast operator harness: rows that
 * arrived before their agency, and rows of units merged mid-run, are sent again with the columns a job that knew
 * the final catalogue from the start gives them, under the same version; nothing else is sent; and the state of
 * released rows, with their timers, is gone once the state horizon has passed.
 */
class AgencyEnrichmentTest {
    private static final Duration HORIZON = Duration.ofDays(30);
    private static final long H = HORIZON.toMillis();

    private static final AgencyRow PROVINCE_OLD = agency("P-OLD", 1, "", null, "");
    private static final AgencyRow PROVINCE_NEW = agency("P-NEW", 1, "", null, "");
    private static final AgencyRow COMMUNE = agency("C", 3, "P-OLD", null, "");
    /** The 2025 reform: the old province ends and its commune is re-parented to the new one. */
    private static final AgencyRow PROVINCE_OLD_MERGED = agency("P-OLD", 1, "", 20269L, "P-NEW");
    private static final AgencyRow COMMUNE_MOVED = agency("C", 3, "P-NEW", null, "");

    @Test
    void dossiersBeforeTheirAgencyAreSentAgainWhenItArrivesAndReleasedAfterTheHorizon() throws Exception {
        try (var harness = harness(DossierFacts.class, new AgencyEnrichers.Dossiers(), f -> f.dossierId)) {
            harness.setProcessingTime(1_000);
            harness.processElement(dossier("open", "C", false), 0);
            harness.processElement(dossier("ended", "C", true), 0);
            harness.processElement(dossier("elsewhere", "X", true), 0);
            List<DossierFacts> first = harness.extractOutputValues();
            assertEquals(3, first.size());
            assertEquals("", first.get(0).provinceCode);
            assertArrayEquals(new String[] {QualityFlag.UNKNOWN_AGENCY, "DATES_OUT_OF_ORDER"},
                    first.get(0).qualityFlags);

            harness.processBroadcastElement(batch(PROVINCE_OLD), 0);
            assertEquals(3, harness.extractOutputValues().size(), "no dossier of the province itself");
            harness.processBroadcastElement(batch(COMMUNE), 0);
            List<DossierFacts> revised = harness.extractOutputValues().subList(3, harness.extractOutputValues().size());
            assertEquals(List.of("ended", "open"), revised.stream().map(f -> f.dossierId).sorted().toList());
            for (DossierFacts f : revised) {
                assertEquals("P-OLD", f.provinceCode);
                assertEquals(3, f.agencyLevel);
                assertEquals("C", f.successorAgencyCode);
                assertArrayEquals(new String[] {"DATES_OUT_OF_ORDER"}, f.qualityFlags);
                assertEquals(7L, f.version, "a catalogue change is not a newer snapshot");
            }
            harness.processBroadcastElement(batch(COMMUNE), 0);
            assertEquals(5, harness.extractOutputValues().size(), "a line that changes nothing sends nothing");

            harness.setProcessingTime(1_000 + H);
            assertEquals(1, KeyedState.entries(harness), "the open dossier's row and nothing else");
            assertEquals(0, harness.numProcessingTimeTimers());
            harness.processElement(dossier("open", "C", true), 0);
            assertEquals(1, harness.numProcessingTimeTimers(), "the dossier ended: its release is scheduled");
            harness.setProcessingTime(1_000 + 2 * H);
            assertEquals(0, KeyedState.entries(harness));
            assertEquals(0, harness.numProcessingTimeTimers());
        }
    }

    @Test
    void aMergerMidRunGivesTheRowsOfACatalogueKnownFromTheStart() throws Exception {
        List<StepFacts> midRun;
        try (var harness = harness(StepFacts.class, new AgencyEnrichers.Steps(), StepFacts::identity)) {
            harness.processBroadcastElement(batch(PROVINCE_OLD), 0);
            harness.processBroadcastElement(batch(PROVINCE_NEW), 0);
            harness.processBroadcastElement(batch(COMMUNE), 0);
            harness.processElement(step("d1", "C", 1), 0);
            harness.processElement(step("d1", "C", 2), 0);
            harness.processElement(step("d2", "P-NEW", 3), 0);
            harness.processBroadcastElement(batch(PROVINCE_OLD_MERGED), 0);
            assertEquals(3, harness.extractOutputValues().size(), "a successor link moves no step's province");
            harness.processBroadcastElement(batch(COMMUNE_MOVED), 0);
            midRun = harness.extractOutputValues();
            assertEquals(5, midRun.size(), "the moved commune's two steps, sent again");
            harness.setProcessingTime(H);
            assertEquals(0, KeyedState.entries(harness), "steps go after the horizon");
            assertEquals(0, harness.numProcessingTimeTimers());
        }
        try (var harness = harness(StepFacts.class, new AgencyEnrichers.Steps(), StepFacts::identity)) {
            for (AgencyRow a : List.of(PROVINCE_OLD_MERGED, PROVINCE_NEW, COMMUNE_MOVED)) {
                harness.processBroadcastElement(batch(a), 0);
            }
            harness.processElement(step("d1", "C", 1), 0);
            harness.processElement(step("d1", "C", 2), 0);
            harness.processElement(step("d2", "P-NEW", 3), 0);
            assertEquals(latestPerKey(midRun), latestPerKey(harness.extractOutputValues()));
        }
    }

    @Test
    void callsTakeTheirCallersProvinceAndAreReleasedAfterTheHorizon() throws Exception {
        try (var harness = harness(CallFacts.class, new AgencyEnrichers.Calls(), c -> c.callId)) {
            harness.setProcessingTime(5);
            CallFacts call = new CallFacts();
            call.callId = "c1";
            call.callerAgency = "C";
            harness.processElement(call, 0);
            harness.processBroadcastElement(batch(PROVINCE_OLD), 0);
            harness.processBroadcastElement(batch(COMMUNE), 0);
            assertEquals(List.of("", "P-OLD"),
                    harness.extractOutputValues().stream().map(c -> c.provinceCode).toList());
            assertEquals(2, KeyedState.entries(harness), "the call and its release time");
            harness.setProcessingTime(5 + H);
            assertEquals(0, KeyedState.entries(harness));
            assertEquals(0, harness.numProcessingTimeTimers());
        }
    }

    @Test
    void agencyRowsAreResolvedAgainstTheWholeCatalogueAndKept() throws Exception {
        try (var harness = harness(AgencyRow.class, new AgencyRows(), a -> a.code)) {
            for (AgencyRow a : List.of(COMMUNE, PROVINCE_OLD, PROVINCE_NEW)) {
                harness.processElement(copy(a), 0);
                harness.processBroadcastElement(batch(copy(a)), 0);
            }
            harness.processElement(copy(PROVINCE_OLD_MERGED), 0);
            harness.processBroadcastElement(batch(copy(PROVINCE_OLD_MERGED)), 0);
            AgencyRow commune = last(harness.extractOutputValues(), "C");
            assertEquals("P-OLD", commune.provinceCode, "the commune is sent again once its province is known");
            assertArrayEquals(new String[] {"C", "P-NEW", "P-OLD"}, commune.rollupUnits,
                    "and again when its province merges: it rolls up to the successor");
            assertEquals("P-NEW", last(harness.extractOutputValues(), "P-OLD").currentSuccessorCode);
            harness.setProcessingTime(10 * H);
            assertEquals(3, KeyedState.entries(harness), "the catalogue is reference data: never released");
            assertEquals(0, harness.numProcessingTimeTimers());
        }
    }

    @Test
    void aBatchOfLinesIsOnePassWithTheLastLineOfAUnitWinning() throws Exception {
        try (var harness = harness(DossierFacts.class, new AgencyEnrichers.Dossiers(), f -> f.dossierId)) {
            harness.processElement(dossier("d", "C", false), 0);
            harness.processBroadcastElement(batch(COMMUNE, PROVINCE_NEW, PROVINCE_OLD, COMMUNE_MOVED), 0);
            List<DossierFacts> out = harness.extractOutputValues();
            assertEquals(2, out.size(), "the dossier, then once again for the whole batch");
            assertEquals("P-NEW", out.get(1).provinceCode);
        }
    }

    @Test
    void theCatalogueTheJobWasBuiltWithIsTheStartingPoint() throws Exception {
        AgencyDirectory initial = AgencyDirectory.empty().with(List.of(PROVINCE_OLD, COMMUNE));
        try (var harness = ProcessFunctionTestHarnesses.forKeyedBroadcastProcessFunction(
                new AgencyEnrichment<>(DossierFacts.class, new AgencyEnrichers.Dossiers(), initial, HORIZON),
                (DossierFacts f) -> f.dossierId, Types.STRING, AgencyCatalogue.STATE)) {
            harness.processElement(dossier("d", "C", false), 0);
            harness.processBroadcastElement(batch(copy(COMMUNE)), 0);
            assertEquals(1, harness.extractOutputValues().size(), "a line the catalogue already says changes nothing");
            assertEquals("P-OLD", harness.extractOutputValues().get(0).provinceCode);
        }
    }

    private static <T> KeyedBroadcastOperatorTestHarness<String, T, AgencyBatch, T> harness(Class<T> type,
            vn.ioc.enrich.AgencyEnricher<T> enricher, org.apache.flink.api.java.functions.KeySelector<T, String> key)
            throws Exception {
        return ProcessFunctionTestHarnesses.forKeyedBroadcastProcessFunction(
                new AgencyEnrichment<>(type, enricher, AgencyDirectory.empty(), HORIZON), key, Types.STRING,
                AgencyCatalogue.STATE);
    }

    private static java.util.Map<String, String> latestPerKey(List<StepFacts> steps) {
        java.util.Map<String, String> latest = new java.util.TreeMap<>();
        steps.forEach(s -> latest.put(s.identity(), s.provinceCode));
        return latest;
    }

    private static AgencyRow last(List<AgencyRow> rows, String code) {
        AgencyRow found = null;
        for (AgencyRow r : rows) {
            if (r.code.equals(code)) {
                found = r;
            }
        }
        assertTrue(found != null, code);
        return found;
    }

    private static AgencyRow agency(String code, int level, String parent, Long validTo, String successor) {
        AgencyRow a = new AgencyRow();
        a.code = code;
        a.name = code;
        a.level = level;
        a.parentCode = parent;
        a.validFromDay = 18262;
        a.validToDay = validTo;
        a.successorCode = successor;
        return a;
    }

    private static AgencyBatch batch(AgencyRow... rows) {
        return new AgencyBatch(rows);
    }

    private static AgencyRow copy(AgencyRow a) {
        return agency(a.code, a.level, a.parentCode, a.validToDay, a.successorCode);
    }

    private static DossierFacts dossier(String id, String agency, boolean ended) {
        DossierFacts f = new DossierFacts();
        f.dossierId = id;
        f.agencyCode = agency;
        f.version = 7;
        f.timeliness = ended ? Timeliness.ON_TIME : Timeliness.OPEN;
        f.qualityFlags = new String[] {"DATES_OUT_OF_ORDER"};
        return f;
    }

    private static StepFacts step(String dossier, String agency, long at) {
        StepFacts s = new StepFacts();
        s.dossierId = dossier;
        s.agencyCode = agency;
        s.officer = "officer";
        s.stepAt = at;
        return s;
    }
}
