package vn.ioc.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.ioc.feed.DossierSnapshot;
import vn.ioc.parse.InvalidRecordException;
import vn.ioc.parse.RejectReason;

/** {@link DossierValidation}: what a dossier must have to be measured, and what its table can hold. */
class DossierValidationTest {

    @Test
    void theIdentifyingFieldsAreTakenStrippedAndTheNamesMayBeMissing() throws Exception {
        DossierSnapshot s = snapshot();
        s.maHoSo = " H-1 ";
        DossierFacts f = new DossierFacts();
        List<String> flags = new ArrayList<>();
        DossierValidation.identify(s, f, flags);
        assertEquals("H-1", f.dossierId);
        assertEquals("1.001", f.procedureCode);
        assertEquals("000.00.01.H52", f.agencyCode);
        assertEquals(2, f.channel);
        assertEquals(4, f.status);
        assertEquals(1, f.applicantType);
        assertEquals("", f.procedureName);
        assertEquals("", f.fieldName);
        assertEquals(List.of(), flags);
    }

    @Test
    void aMissingOrUnknownIdentifyingFieldRejectsTheRecordNamingTheField() {
        DossierSnapshot blankId = snapshot();
        blankId.maHoSo = "  ";
        assertRejected(RejectReason.MISSING_FIELD, "MaHoSo", blankId);
        DossierSnapshot noAgency = snapshot();
        noAgency.donViXuLy = null;
        assertRejected(RejectReason.MISSING_FIELD, "DonViXuLy", noAgency);
        DossierSnapshot channel = snapshot();
        channel.kenhThucHien = 4;
        assertRejected(RejectReason.UNKNOWN_CODE, "KenhThucHien", channel);
        DossierSnapshot status = snapshot();
        status.trangThaiHoSo = 0;
        assertRejected(RejectReason.UNKNOWN_CODE, "TrangThaiHoSo", status);
    }

    @Test
    void anImpossibleApplicantTypeOrPaymentCodeIsEmptiedWithAFinding() throws Exception {
        DossierSnapshot s = snapshot();
        s.loaiDoiTuong = 5;
        s.duocThanhToanTrucTuyen = 4;
        DossierFacts f = new DossierFacts();
        List<String> flags = new ArrayList<>();
        DossierValidation.identify(s, f, flags);
        assertEquals(0, f.applicantType);
        assertEquals(0, f.paymentChannel);
        assertEquals(List.of("EMPTIED:LoaiDoiTuong", "EMPTIED:DuocThanhToanTrucTuyen"), flags);
    }

    @Test
    void countsBeyondWhatAUInt16HoldsRejectTheRecord() throws Exception {
        DossierFacts f = new DossierFacts();
        f.components = 65_535;
        f.eResults = 65_535;
        f.supplements = 65_535;
        DossierValidation.checkCounts(f);
        f.supplements = 65_536;
        InvalidRecordException e = assertThrows(InvalidRecordException.class, () -> DossierValidation.checkCounts(f));
        assertEquals(RejectReason.INVALID_VALUE, e.reason());
        assertTrue(e.getMessage().contains("DanhSachHoSoBoSung"), e.getMessage());
    }

    private static void assertRejected(RejectReason reason, String field, DossierSnapshot s) {
        InvalidRecordException e = assertThrows(InvalidRecordException.class,
                () -> DossierValidation.identify(s, new DossierFacts(), new ArrayList<>()));
        assertEquals(reason, e.reason());
        assertTrue(e.getMessage().contains(field), e.getMessage());
    }

    private static DossierSnapshot snapshot() {
        DossierSnapshot s = new DossierSnapshot();
        s.maHoSo = "H-1";
        s.maTTHC = "1.001";
        s.donViXuLy = "000.00.01.H52";
        s.kenhThucHien = 2;
        s.trangThaiHoSo = 4;
        s.loaiDoiTuong = 1;
        return s;
    }
}
