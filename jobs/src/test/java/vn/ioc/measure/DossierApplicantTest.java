package vn.ioc.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.ioc.feed.Codes;
import vn.ioc.feed.DossierSnapshot;
import vn.ioc.privacy.PseudonymKey;
import vn.ioc.privacy.Pseudonymizer;

/** {@link DossierApplicant}: which identifier names the applicant, its check, and that only its pseudonym leaves. */
class DossierApplicantTest {
    private static final Pseudonymizer PSEUDO = new Pseudonymizer(PseudonymKey.of("applicant-test-key-0123456"));
    private static final String CITIZEN = "052203001234";
    private static final String OLD_CARD = "211234567";
    private static final String TAX_CODE = "4100259564";

    @Test
    void theCitizenIdAmongTheIdentifiersNamesTheApplicantWhateverItsPlace() {
        List<String> flags = new ArrayList<>();
        DossierFacts f = derive(Codes.APPLICANT_CITIZEN, "ignored-holder-number", flags,
                identifier(Codes.ID_OLD_CARD_9, OLD_CARD), identifier(null, "  "),
                identifier(Codes.ID_CITIZEN_12, " " + CITIZEN + " "));
        assertEquals(PSEUDO.pseudonymize(CITIZEN), f.applicantRef);
        assertEquals(List.of(), flags);
        assertFalse(f.applicantRef.contains(CITIZEN), "never the identifier itself");
    }

    @Test
    void withoutACitizenIdTheFirstIdentifierThenTheHoldersNumber() {
        assertEquals(PSEUDO.pseudonymize(OLD_CARD), derive(Codes.APPLICANT_CITIZEN, CITIZEN, new ArrayList<>(),
                identifier(Codes.ID_OLD_CARD_9, OLD_CARD), identifier(3, "X-9")).applicantRef);
        assertEquals(PSEUDO.pseudonymize(TAX_CODE),
                derive(Codes.APPLICANT_ENTERPRISE, " " + TAX_CODE, new ArrayList<>()).applicantRef);
        assertEquals("", derive(Codes.APPLICANT_CITIZEN, null, new ArrayList<>()).applicantRef, "no applicant known");
    }

    @Test
    void anIdentifierInvalidForTheApplicantsTypeIsPseudonymizedAndFlagged() {
        List<String> citizenWithTaxCode = new ArrayList<>();
        DossierFacts f = derive(Codes.APPLICANT_CITIZEN, TAX_CODE, citizenWithTaxCode);
        assertEquals(PSEUDO.pseudonymize(TAX_CODE), f.applicantRef);
        assertEquals(List.of(QualityFlag.APPLICANT_ID_INVALID), citizenWithTaxCode);

        List<String> enterpriseWithBadCheckDigit = new ArrayList<>();
        derive(Codes.APPLICANT_ENTERPRISE, "4100259565", enterpriseWithBadCheckDigit);
        assertEquals(List.of(QualityFlag.APPLICANT_ID_INVALID), enterpriseWithBadCheckDigit);

        List<String> oldCardAsCitizenId = new ArrayList<>();
        derive(Codes.APPLICANT_CITIZEN, null, oldCardAsCitizenId, identifier(Codes.ID_OLD_CARD_9, CITIZEN));
        assertEquals(List.of(QualityFlag.APPLICANT_ID_INVALID), oldCardAsCitizenId, "declared a 9-digit card");

        List<String> citizenByOldCard = new ArrayList<>();
        derive(Codes.APPLICANT_CITIZEN, OLD_CARD, citizenByOldCard);
        assertEquals(List.of(), citizenByOldCard, "an old card still names a citizen");

        List<String> otherApplicant = new ArrayList<>();
        derive(3, "anything", otherApplicant);
        assertEquals(List.of(), otherApplicant, "no check is known for other applicants");
    }

    private static DossierFacts derive(int applicantType, String holderNumber, List<String> flags,
            DossierSnapshot.Identifier... identifiers) {
        DossierSnapshot s = new DossierSnapshot();
        s.soGiayToChuHoSo = holderNumber;
        s.dinhDanhCHS = identifiers.length == 0 ? null : new ArrayList<>(List.of(identifiers));
        DossierFacts f = new DossierFacts();
        f.applicantType = applicantType;
        DossierApplicant.derive(s, f, PSEUDO, flags);
        return f;
    }

    private static DossierSnapshot.Identifier identifier(Integer kind, String number) {
        DossierSnapshot.Identifier id = new DossierSnapshot.Identifier();
        id.loaiDinhDanh = kind;
        id.soDinhDanh = number;
        return id;
    }
}
