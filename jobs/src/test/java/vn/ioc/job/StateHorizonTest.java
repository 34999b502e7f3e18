package vn.ioc.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.runtime.state.VoidNamespace;
import org.apache.flink.runtime.state.VoidNamespaceSerializer;
import org.apache.flink.streaming.api.operators.KeyedProcessOperator;
import org.apache.flink.streaming.util.KeyedOneInputStreamOperatorTestHarness;
import org.apache.flink.streaming.util.ProcessFunctionTestHarnesses;
import vn.ioc.testing.KeyedState;
import org.junit.jupiter.api.Test;
import vn.ioc.enrich.ProcedureCatalogue;
import vn.ioc.enrich.RegistryJoin;
import vn.ioc.enrich.RegistryMatch;
import vn.ioc.enrich.RegistryRow;
import vn.ioc.enrich.SubjectEvent;
import vn.ioc.enrich.SubjectState;
import vn.ioc.measure.CallFacts;
import vn.ioc.measure.DossierFacts;
import vn.ioc.measure.LatestVersionFilter;
import vn.ioc.measure.ReuseInput;
import vn.ioc.measure.ReuseJoin;
import vn.ioc.measure.Timeliness;

/**
 * The keyed functions release an ended dossier's state once the state horizon has passed, with Flink's operator
 * harness driving processing time: the state shrinks back to what open dossiers and registry records need, and no
 * timer is left behind. An open dossier is never released; one that reopens is kept again.
 */
class StateHorizonTest {
    private static final Duration HORIZON = Duration.ofDays(30);
    private static final long H = HORIZON.toMillis();

    @Test
    void latestVersionFilterForgetsEndedDossiersAfterTheHorizon() throws Exception {
        try (var harness = new KeyedOneInputStreamOperatorTestHarness<String, DossierFacts, DossierFacts>(
                new KeyedProcessOperator<>(new LatestVersionFilter(HORIZON)), f -> f.dossierId, Types.STRING)) {
            harness.open();
            harness.setProcessingTime(1_000);
            harness.processElement(dossier("open", 1, Timeliness.OPEN), 0);
            harness.processElement(dossier("ends", 1, Timeliness.OPEN), 0);
            harness.processElement(dossier("ends", 2, Timeliness.LATE), 0);
            harness.processElement(dossier("reopens", 1, Timeliness.CLOSED), 0);
            harness.processElement(dossier("reopens", 2, Timeliness.OPEN), 0);
            assertEquals(1, harness.numProcessingTimeTimers(), "only the ended dossier waits for release");
            assertEquals(4, harness.numKeyedStateEntries(), "three versions and one release time");

            harness.setProcessingTime(1_000 + H - 1);
            assertEquals(4, harness.numKeyedStateEntries(), "kept until the horizon");
            harness.setProcessingTime(1_000 + H);
            assertEquals(2, harness.numKeyedStateEntries(), "the open dossiers' versions only");
            assertEquals(0, harness.numProcessingTimeTimers());

            // a snapshot arriving after the release is passed on: the table keeps the higher version it has
            harness.processElement(dossier("ends", 1, Timeliness.OPEN), 0);
            assertEquals(List.of(1L, 1L, 2L, 1L, 2L, 1L),
                    harness.extractOutputValues().stream().map(f -> f.version).toList());
        }
    }

    @Test
    void reuseJoinForgetsEndedDossiersAndCallsWithoutDossierAfterTheHorizon() throws Exception {
        try (var harness = ProcessFunctionTestHarnesses.forKeyedBroadcastProcessFunction(
                new ReuseJoin(ProcedureCatalogue.empty(), HORIZON), ReuseInput::dossierId, Types.STRING,
                ReuseJoin.PROCEDURES)) {
            harness.setProcessingTime(1_000);
            harness.processElement(ReuseInput.of(dossier("open", 1, Timeliness.OPEN)), 0);
            harness.processElement(ReuseInput.of(call("open", "c1")), 0);
            harness.processElement(ReuseInput.of(dossier("ends", 1, Timeliness.OPEN)), 0);
            harness.processElement(ReuseInput.of(call("ends", "c2")), 0);
            harness.processElement(ReuseInput.of(dossier("ends", 2, Timeliness.ON_TIME)), 0);
            harness.processElement(ReuseInput.of(call("never-arrives", "c3")), 0);
            assertEquals(3, KeyedState.entries(harness));
            assertEquals(2, harness.numProcessingTimeTimers(), "the ended dossier and the orphan call");

            harness.setProcessingTime(1_000 + H);
            assertEquals(1, KeyedState.entries(harness), "the open dossier only");
            assertEquals(0, harness.numProcessingTimeTimers());

            // a call arriving before its dossier, which then arrives open: kept, no timer left
            harness.processElement(ReuseInput.of(call("late-dossier", "c4")), 0);
            assertEquals(1, harness.numProcessingTimeTimers());
            harness.processElement(ReuseInput.of(dossier("late-dossier", 1, Timeliness.OPEN)), 0);
            assertEquals(0, harness.numProcessingTimeTimers());
            assertEquals(2, KeyedState.entries(harness));
        }
    }

    @Test
    void registryJoinForgetsEndedDossiersKeepsRecordsAndOnlyWhatMatchesNeed() throws Exception {
        try (var harness = new KeyedOneInputStreamOperatorTestHarness<String, SubjectEvent, RegistryMatch>(
                new KeyedProcessOperator<>(new RegistryJoin(HORIZON)), e -> e.subject, Types.STRING)) {
            harness.open();
            harness.setProcessingTime(1_000);
            harness.processElement(SubjectEvent.of("citizen", citizen("citizen")), 0);
            harness.processElement(SubjectEvent.ofDossier("citizen", "d-open", 1, false), 0);
            harness.processElement(SubjectEvent.ofDossier("citizen", "d-ended", 1, true), 0);
            harness.processElement(SubjectEvent.ofDossier("unregistered", "d-alone", 1, true), 0);
            assertEquals(2, harness.numKeyedStateEntries());
            assertEquals(2, harness.numProcessingTimeTimers());

            SubjectState citizen = subject(harness, "citizen");
            assertEquals(List.of("d-open", "d-ended"), List.of(citizen.dossierIds));
            assertNull(citizen.population.keyRef, "the subject's key is the state's key, not kept twice");
            assertNull(citizen.population.commune);

            harness.setProcessingTime(1_000 + H);
            assertEquals(1, harness.numKeyedStateEntries(), "a subject without records or dossiers is dropped");
            assertEquals(0, harness.numProcessingTimeTimers());
            assertEquals(List.of("d-open"), List.of(subject(harness, "citizen").dossierIds));

            // a registry change after the release revises the open dossier only
            RegistryRow moved = citizen("citizen");
            moved.updatedAt = 2;
            moved.status = 2;
            int before = harness.extractOutputValues().size();
            harness.processElement(SubjectEvent.of("citizen", moved), 0);
            List<RegistryMatch> revised = harness.extractOutputValues().subList(before,
                    harness.extractOutputValues().size());
            assertEquals(List.of("d-open"), revised.stream().map(m -> m.dossierId).toList());
            assertTrue(revised.get(0).found);
            assertEquals(2, revised.get(0).status);
        }
    }

    private static SubjectState subject(KeyedOneInputStreamOperatorTestHarness<String, SubjectEvent, ?> harness,
            String key) throws Exception {
        var backend = harness.getOperator().getKeyedStateBackend();
        backend.setCurrentKey(key);
        ValueState<SubjectState> state = backend.getPartitionedState(VoidNamespace.INSTANCE,
                VoidNamespaceSerializer.INSTANCE, new ValueStateDescriptor<>("subject", Types.POJO(SubjectState.class)));
        return state.value();
    }

    private static DossierFacts dossier(String id, long version, String timeliness) {
        DossierFacts f = new DossierFacts();
        f.dossierId = id;
        f.version = version;
        f.timeliness = timeliness;
        f.procedureCode = "1.000001";
        f.databases = new String[0];
        return f;
    }

    private static CallFacts call(String dossierId, String callId) {
        CallFacts c = new CallFacts();
        c.dossierId = dossierId;
        c.callId = callId;
        c.database = "CSDLQGDC";
        return c;
    }

    private static RegistryRow citizen(String ref) {
        RegistryRow r = new RegistryRow();
        r.registry = RegistryJoin.POPULATION;
        r.keyRef = ref;
        r.status = 1;
        r.since = 1980;
        r.province = "52";
        r.commune = "21550";
        r.updatedAt = 1;
        return r;
    }
}
