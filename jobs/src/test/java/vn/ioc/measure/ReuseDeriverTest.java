package vn.ioc.measure;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.ioc.enrich.ProcedureCatalogue;
import vn.ioc.enrich.RegistryJoin;
import vn.ioc.enrich.RegistryMatch;
import vn.ioc.feed.Codes;
import vn.ioc.feed.Procedure;
import vn.ioc.parse.Timestamps;

/**
 * The four rule families of {@link ReuseDeriver}, each on its own: what was declared, called and matched; what the
 * declarations and calls say of each other; what the registries say of the applicant; and what reuse was possible
 * and missed. Plus the row's version, which must rise with what is known.
 */
class ReuseDeriverTest {
    private static final int MATCHED = 1;
    private static final int NOT_FOUND = 3;
    private static final int ERROR = 4;
    private static final String PROCEDURE = "1.001";
    /** 2023-01-05 06:30 in Vietnam, 2023-01-04 23:30 UTC: the day of submission is Vietnam's. */
    private static final long SUBMITTED = LocalDateTime.of(2023, 1, 5, 6, 30).atZone(Timestamps.VIETNAM)
            .toEpochSecond();
    private static final long SUBMISSION_DAY = 19362; // 2023-01-05

    // ---- declared, observed, matched

    @Test
    void declaredObservedAndMatchedAreSetsOfDatabasesWithTheCallsCounted() {
        ReuseDossier d = dossier(Codes.APPLICANT_CITIZEN, new String[] {Codes.DB_POPULATION, "CSDLDATDAI"});
        ReuseFacts r = derive(d, List.of(), List.of(
                call("c1", Codes.DB_POPULATION, MATCHED, 120),
                call("c2", Codes.DB_POPULATION, ERROR, 900),
                call("c3", Codes.DB_BUSINESS, NOT_FOUND, 50)));
        assertArrayEquals(new String[] {"CSDLDATDAI", Codes.DB_POPULATION}, r.declared);
        assertArrayEquals(new String[] {Codes.DB_POPULATION, Codes.DB_BUSINESS}, r.observed);
        assertArrayEquals(new String[] {Codes.DB_POPULATION}, r.observedMatched);
        assertEquals(3, r.calls);
        assertEquals(1, r.callErrors);
        assertEquals(1, r.callsNotFound);
        assertEquals(900, r.maxLatencyMs);
    }

    @Test
    void aVneidVerifiedAccountDeclaresThePopulationDatabase() {
        ReuseDossier d = dossier(Codes.APPLICANT_CITIZEN, new String[0]);
        d.vneidVerified = true;
        ReuseFacts r = derive(d, List.of(), List.of());
        assertArrayEquals(new String[] {Codes.DB_POPULATION}, r.declared);
        assertArrayEquals(new String[0], r.findings, "declared by the account, not listed: no call is expected");
        assertArrayEquals(new String[0], r.observed);
        assertEquals(0, r.maxLatencyMs);
    }

    // ---- declarations against calls

    @Test
    void aListedExchangedDatabaseWithoutACallIsFoundOthersAreNot() {
        ReuseFacts listedNotCalled = derive(dossier(Codes.APPLICANT_CITIZEN, new String[] {Codes.DB_INSURANCE}),
                List.of(), List.of());
        assertArrayEquals(new String[] {QualityFlag.DECLARED_WITHOUT_CALL}, listedNotCalled.findings);

        ReuseFacts notExchanged = derive(dossier(Codes.APPLICANT_CITIZEN, new String[] {"CSDLDATDAI"}), List.of(),
                List.of());
        assertArrayEquals(new String[0], notExchanged.findings, "a database outside the exchange log is not expected");

        ReuseFacts calledWithError = derive(dossier(Codes.APPLICANT_CITIZEN, new String[] {Codes.DB_INSURANCE}),
                List.of(), List.of(call("c1", Codes.DB_INSURANCE, ERROR, 5)));
        assertArrayEquals(new String[0], calledWithError.findings, "a failed call is still a call");
    }

    @Test
    void aCallWithoutDeclarationIsFoundUnlessTheAccountDeclaredIt() {
        ReuseDossier d = dossier(Codes.APPLICANT_CITIZEN, new String[0]);
        List<ReuseCall> calls = List.of(call("c1", Codes.DB_POPULATION, MATCHED, 5));
        assertArrayEquals(new String[] {QualityFlag.CALL_WITHOUT_DECLARATION}, derive(d, List.of(), calls).findings);
        d.vneidVerified = true;
        assertArrayEquals(new String[0], derive(d, List.of(), calls).findings);
    }

    // ---- the registries and the applicant

    @Test
    void anApplicantUnknownToItsDecisiveRegistryIsFound() {
        ReuseDossier citizen = dossier(Codes.APPLICANT_CITIZEN, new String[0]);
        assertArrayEquals(new String[] {QualityFlag.APPLICANT_NOT_IN_REGISTRY},
                derive(citizen, List.of(match(RegistryJoin.POPULATION, false, 0, 0, 0)), List.of()).findings);
        assertArrayEquals(new String[0], derive(citizen, List.of(match(RegistryJoin.POPULATION, true, 1, 0, 0),
                match(RegistryJoin.INSURANCE, false, 0, 0, 0)), List.of()).findings,
                "insurance does not decide whether a citizen exists");

        ReuseDossier enterprise = dossier(Codes.APPLICANT_ENTERPRISE, new String[0]);
        assertArrayEquals(new String[] {QualityFlag.APPLICANT_NOT_IN_REGISTRY},
                derive(enterprise, List.of(match(RegistryJoin.BUSINESS, false, 0, 0, 0)), List.of()).findings);

        ReuseDossier other = dossier(3, new String[0]);
        assertArrayEquals(new String[0],
                derive(other, List.of(match(RegistryJoin.POPULATION, false, 0, 0, 0)), List.of()).findings);
        assertArrayEquals(new String[0], derive(citizen, List.of(), List.of()).findings, "no match yet, no finding");
    }

    @Test
    void anEnterpriseIsActiveWhenFoundedByTheDayOfSubmissionAndNotClosedBeforeIt() {
        ReuseDossier d = dossier(Codes.APPLICANT_ENTERPRISE, new String[0]);
        int operating = 1;
        int dissolved = 3;
        assertArrayEquals(new String[0], findings(d, operating, SUBMISSION_DAY, SUBMITTED - 1),
                "founded on the day of submission (Vietnam's day, not UTC's)");
        assertArrayEquals(new String[] {QualityFlag.ENTERPRISE_NOT_ACTIVE},
                findings(d, operating, SUBMISSION_DAY + 1, SUBMITTED - 1), "founded the day after");
        assertArrayEquals(new String[] {QualityFlag.ENTERPRISE_NOT_ACTIVE},
                findings(d, dissolved, SUBMISSION_DAY - 400, SUBMITTED - 1), "dissolved before submission");
        assertArrayEquals(new String[] {QualityFlag.ENTERPRISE_NOT_ACTIVE},
                findings(d, dissolved, SUBMISSION_DAY - 400, SUBMITTED), "dissolved at the second of submission");
        assertArrayEquals(new String[0], findings(d, dissolved, SUBMISSION_DAY - 400, SUBMITTED + 1),
                "dissolved after submission: it was operating that day");
    }

    private static String[] findings(ReuseDossier d, int status, long sinceDay, long updatedAt) {
        return derive(d, List.of(match(RegistryJoin.BUSINESS, true, status, sinceDay, updatedAt)), List.of())
                .findings;
    }

    // ---- possible and missed reuse

    @Test
    void reuseIsPossibleWhenTheRegistryHoldsTheApplicantAndMissedWhenThePaperWasNeitherDeclaredNorCalled() {
        ReuseDossier d = dossier(Codes.APPLICANT_CITIZEN, new String[0]);
        d.paperDocuments = new String[] {"CCCD", "GP", "DKKD", "OTHER"};
        List<RegistryMatch> populationFound = List.of(match(RegistryJoin.POPULATION, true, 1, 0, 0),
                match(RegistryJoin.BUSINESS, false, 0, 0, 0));
        ReuseFacts r = derive(d, populationFound, List.of());
        assertArrayEquals(new String[] {Codes.DB_POPULATION}, r.registriesFound);
        assertArrayEquals(new String[] {Codes.DB_POPULATION, ProcedureCatalogue.EARLIER_RESULT}, r.possible,
                "the business registry does not hold the applicant");
        assertArrayEquals(new String[] {Codes.DB_POPULATION, ProcedureCatalogue.EARLIER_RESULT}, r.missed);
        assertEquals(2, r.missedComponents);

        d.databases = new String[] {Codes.DB_POPULATION};
        ReuseFacts declared = derive(d, populationFound, List.of());
        assertArrayEquals(new String[] {ProcedureCatalogue.EARLIER_RESULT}, declared.missed);
        ReuseDossier paperCard = dossier(Codes.APPLICANT_CITIZEN, new String[0]);
        paperCard.paperDocuments = new String[] {"CCCD"};
        ReuseFacts called = derive(paperCard, populationFound, List.of(call("c1", Codes.DB_POPULATION, NOT_FOUND, 5)));
        assertArrayEquals(new String[0], called.missed, "called, though undeclared: the data was fetched");
        assertEquals(0, called.missedComponents);
    }

    @Test
    void twoPaperDocumentsOneDatabaseCountTwiceAndAnUnknownApplicantMakesNothingPossible() {
        ReuseDossier d = dossier(Codes.APPLICANT_CITIZEN, new String[0]);
        d.paperDocuments = new String[] {"CCCD", "CCCD-COPY"};
        ReuseFacts r = derive(d, List.of(match(RegistryJoin.POPULATION, true, 1, 0, 0)), List.of());
        assertArrayEquals(new String[] {Codes.DB_POPULATION}, r.missed);
        assertEquals(2, r.missedComponents);

        d.paperDocuments = new String[] {"CCCD", "GP"};
        ReuseFacts unknown = derive(d, List.of(match(RegistryJoin.POPULATION, false, 0, 0, 0)), List.of());
        assertArrayEquals(new String[0], unknown.possible, "an earlier result needs an applicant the registry knows");
        assertArrayEquals(new String[0], unknown.missed);
        assertEquals(0, unknown.missedComponents);
    }

    // ---- version

    @Test
    void theVersionRisesWithWhatIsKnownAndKeepsTheSnapshotsOrder() {
        ReuseDossier d = dossier(Codes.APPLICANT_CITIZEN, new String[0]);
        long bare = derive(d, List.of(), List.of()).version;
        long notFound = derive(d, List.of(match(RegistryJoin.POPULATION, false, 0, 0, 0)), List.of()).version;
        long found = derive(d, List.of(match(RegistryJoin.POPULATION, true, 1, 0, 0)), List.of()).version;
        long foundAndCalled = derive(d, List.of(match(RegistryJoin.POPULATION, true, 1, 0, 0)),
                List.of(call("c1", Codes.DB_POPULATION, MATCHED, 1))).version;
        assertTrue(bare < notFound && notFound < found && found < foundAndCalled);
        assertEquals(SnapshotOrder.derived(d.version, 1), bare);
        assertEquals(SnapshotOrder.derived(d.version, 4), foundAndCalled);

        ReuseDossier later = dossier(Codes.APPLICANT_CITIZEN, new String[0]);
        later.version = SnapshotOrder.version(SUBMITTED + 1, 2, 0);
        assertTrue(derive(later, List.of(), List.of()).version > foundAndCalled,
                "a later snapshot wins over everything known of an earlier one");
    }

    private static ReuseFacts derive(ReuseDossier d, List<RegistryMatch> matches, List<ReuseCall> calls) {
        return ReuseDeriver.derive(d, matches, calls, catalogue());
    }

    /**
     * The procedure's ID card (and its copy) can come from the population database, its licence from an earlier
     * result, its business registration from the business registry.
     */
    private static ProcedureCatalogue catalogue() {
        Procedure.ComponentSet set = new Procedure.ComponentSet();
        set.giayTo = List.of(document("CCCD", Codes.DB_POPULATION, null), document("CCCD-COPY", Codes.DB_POPULATION,
                null), document("GP", null, "KQ-7"), document("DKKD", Codes.DB_BUSINESS, null));
        Procedure p = new Procedure();
        p.maTTHC = PROCEDURE;
        p.thanhPhanHoSo = List.of(set);
        return ProcedureCatalogue.of(List.of(p));
    }

    private static Procedure.Document document(String code, String database, String earlierResult) {
        Procedure.Document doc = new Procedure.Document();
        doc.maGiayTo = code;
        doc.maCsdlThayThe = database;
        doc.maKqThayThe = earlierResult;
        return doc;
    }

    private static ReuseDossier dossier(int applicantType, String[] databases) {
        ReuseDossier d = new ReuseDossier();
        d.dossierId = "d";
        d.version = SnapshotOrder.version(SUBMITTED, 2, 0);
        d.procedureCode = PROCEDURE;
        d.submittedAt = SUBMITTED;
        d.applicantType = applicantType;
        d.databases = databases;
        d.paperDocuments = new String[0];
        return d;
    }

    private static RegistryMatch match(String registry, boolean found, int status, long since, long updatedAt) {
        RegistryMatch m = new RegistryMatch();
        m.dossierId = "d";
        m.registry = registry;
        m.found = found;
        m.status = status;
        m.since = since;
        m.updatedAt = updatedAt;
        return m;
    }

    private static ReuseCall call(String id, String database, int outcome, int latencyMs) {
        ReuseCall c = new ReuseCall();
        c.callId = id;
        c.database = database;
        c.outcome = outcome;
        c.latencyMs = latencyMs;
        return c;
    }
}
