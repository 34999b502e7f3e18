package vn.ioc.measure;

import java.util.List;
import java.util.Objects;
import vn.ioc.feed.Codes;
import vn.ioc.feed.DossierSnapshot;
import vn.ioc.feed.Identifiers;
import vn.ioc.privacy.Pseudonymizer;

/** Who applied, as a pseudonym only: the identifier itself never leaves this class. */
final class DossierApplicant {
    private DossierApplicant() {}

    /**
     * The applicant's pseudonym: of the 12-digit citizen id among the dossier's identifiers when there is one, else
     * of its first identifier, else of the holder's document number. An identifier that is not valid for the
     * applicant's type is still pseudonymized, and flagged.
     */
    static void derive(DossierSnapshot s, DossierFacts f, Pseudonymizer pseudonymizer, List<String> flags) {
        String id = null;
        int kind = 0;
        if (s.dinhDanhCHS != null) {
            for (DossierSnapshot.Identifier ident : s.dinhDanhCHS) {
                if (ident != null && ident.soDinhDanh != null && !ident.soDinhDanh.isBlank()
                        && (id == null || Objects.equals(ident.loaiDinhDanh, Codes.ID_CITIZEN_12))) {
                    id = ident.soDinhDanh.strip();
                    kind = ident.loaiDinhDanh == null ? 0 : ident.loaiDinhDanh;
                }
            }
        }
        if (id == null && s.soGiayToChuHoSo != null && !s.soGiayToChuHoSo.isBlank()) {
            id = s.soGiayToChuHoSo.strip();
        }
        f.applicantRef = pseudonymizer.pseudonymize(id);
        if (id != null && !applicantIdValid(f.applicantType, kind, id)) {
            flags.add(QualityFlag.APPLICANT_ID_INVALID);
        }
    }

    private static boolean applicantIdValid(int applicantType, int kind, String id) {
        if (applicantType == Codes.APPLICANT_ENTERPRISE) {
            return Identifiers.isValidTaxCode(id);
        }
        if (applicantType == Codes.APPLICANT_CITIZEN) {
            return kind == Codes.ID_OLD_CARD_9 ? Identifiers.isValidOldIdCard(id) : Identifiers.isValidCitizenId(id)
                    || Identifiers.isValidOldIdCard(id);
        }
        return true;
    }
}
