package vn.ioc.measure;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.util.KeyedBroadcastOperatorTestHarness;
import org.apache.flink.streaming.util.ProcessFunctionTestHarnesses;
import org.junit.jupiter.api.Test;
import vn.ioc.enrich.ProcedureCatalogue;
import vn.ioc.enrich.ProcedureRow;
import vn.ioc.enrich.RegistryJoin;
import vn.ioc.enrich.RegistryMatch;
import vn.ioc.testing.KeyedState;

/**
 * The procedure catalogue as the reuse join's broadcast state, through Flink's keyed broadcast operator harness: a
 * procedure that arrives after its dossiers, or changes what can replace its documents, derives their reuse rows
 * again (what is possible, what was missed), as a join that knew it from the start does; the state goes after
 * the horizon.
 */
class ReuseJoinCatalogueTest {
    private static final Duration HORIZON = Duration.ofDays(30);

    @Test
    void aProcedureArrivingAfterItsDossiersDerivesTheirRowsAgain() throws Exception {
        List<ReuseFacts> late;
        try (var harness = harness()) {
            harness.setProcessingTime(1);
            harness.processElement(ReuseInput.of(dossier("d1", "P1", true)), 0);
            harness.processElement(ReuseInput.of(found("d1")), 0);
            harness.processElement(ReuseInput.of(dossier("d2", "P2", false)), 0);
            assertEquals(0, harness.extractOutputValues().get(1).possible.length, "nothing known to replace yet");

            harness.processBroadcastElement(procedure("P1", "GT1", "CSDLQGDC"), 0);
            late = harness.extractOutputValues();
            assertEquals(4, late.size(), "d1 only: d2 is of another procedure");
            ReuseFacts revised = late.get(3);
            assertEquals("d1", revised.dossierId);
            assertArrayEquals(new String[] {"CSDLQGDC"}, revised.possible);
            assertArrayEquals(new String[] {"CSDLQGDC"}, revised.missed);
            assertEquals(late.get(1).version, revised.version, "the same snapshot and matches: the same version");

            harness.processBroadcastElement(procedure("P1", "GT1", "CSDLQGDC"), 0);
            assertEquals(4, harness.extractOutputValues().size(), "the same line again changes nothing");

            harness.setProcessingTime(1 + HORIZON.toMillis());
            assertEquals(1, KeyedState.entries(harness), "the open dossier d2 only");
            assertEquals(0, harness.numProcessingTimeTimers());
        }
        try (var harness = harness()) {
            harness.processBroadcastElement(procedure("P1", "GT1", "CSDLQGDC"), 0);
            harness.processElement(ReuseInput.of(dossier("d1", "P1", true)), 0);
            harness.processElement(ReuseInput.of(found("d1")), 0);
            ReuseFacts fromTheStart = harness.extractOutputValues().get(1);
            ReuseFacts revised = late.get(3);
            assertArrayEquals(fromTheStart.possible, revised.possible);
            assertArrayEquals(fromTheStart.missed, revised.missed);
            assertEquals(fromTheStart.version, revised.version);
        }
    }

    private static KeyedBroadcastOperatorTestHarness<String, ReuseInput, ProcedureRow, ReuseFacts> harness()
            throws Exception {
        return ProcessFunctionTestHarnesses.forKeyedBroadcastProcessFunction(
                new ReuseJoin(ProcedureCatalogue.empty(), HORIZON), ReuseInput::dossierId, Types.STRING,
                ReuseJoin.PROCEDURES);
    }

    private static ProcedureRow procedure(String code, String document, String database) {
        ProcedureRow p = new ProcedureRow();
        p.code = code;
        p.replacedDocuments = new String[] {document};
        p.replacedBy = new String[] {database};
        return p;
    }

    private static RegistryMatch found(String dossierId) {
        RegistryMatch m = new RegistryMatch();
        m.dossierId = dossierId;
        m.registry = RegistryJoin.POPULATION;
        m.found = true;
        m.status = 1;
        return m;
    }

    private static DossierFacts dossier(String id, String procedure, boolean ended) {
        DossierFacts f = new DossierFacts();
        f.dossierId = id;
        f.procedureCode = procedure;
        f.version = 5L << 24;
        f.timeliness = ended ? Timeliness.ON_TIME : Timeliness.OPEN;
        f.applicantType = 1;
        f.databases = new String[0];
        f.paperDocuments = new String[] {"GT1"};
        return f;
    }
}
