package vn.ioc.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import vn.ioc.enrich.AgencyDirectory;
import vn.ioc.feed.ExchangeCall;
import vn.ioc.feed.ProcessingStep;
import vn.ioc.parse.InvalidRecordException;
import vn.ioc.parse.RejectReason;
import vn.ioc.privacy.PseudonymKey;
import vn.ioc.privacy.Pseudonymizer;

class StepAndCallDeriverTest {
    private static final Pseudonymizer PSEUDO = new Pseudonymizer(PseudonymKey.of("unit-test-key-0123456789"));

    private static ProcessingStep step(String at, String deadline) {
        ProcessingStep s = new ProcessingStep();
        s.maHoSo = "D-1";
        s.nguoiXuLy = "canbo.01";
        s.thoiDiemXuLy = at;
        s.ngayKetThucTheoQuyDinh = deadline;
        return s;
    }

    @Test
    void aStepAfterItsDeadlineIsLateByTheHoursPast() throws Exception {
        StepFacts late = new StepFactsDeriver(AgencyDirectory.empty()).map(step("20230313100000", "20230308170000"));
        assertTrue(late.late);
        assertEquals(113.0, late.lateHours);
        StepFacts onTime = new StepFactsDeriver(AgencyDirectory.empty()).map(step("20230308170000", "20230308170000"));
        assertFalse(onTime.late);
        assertNull(onTime.lateHours);
        assertFalse(new StepFactsDeriver(AgencyDirectory.empty()).map(step("20230308170000", null)).late, "no deadline, never late");
    }

    @Test
    void aStepNeedsItsOfficerAndTime() {
        ProcessingStep noOfficer = step("20230313100000", null);
        noOfficer.nguoiXuLy = " ";
        assertEquals(RejectReason.MISSING_FIELD,
                assertThrows(InvalidRecordException.class, () -> new StepFactsDeriver(AgencyDirectory.empty()).map(noOfficer)).reason());
        assertEquals(RejectReason.INVALID_TIMESTAMP, assertThrows(InvalidRecordException.class,
                () -> new StepFactsDeriver(AgencyDirectory.empty()).map(step("2023031310", null))).reason());
    }

    @Test
    void aStepStatusThatDoesNotFitTheStatusCodesRejectsTheStep() {
        for (int status : new int[] {-1, 0, 11, 300}) {
            ProcessingStep s = step("20230313100000", null);
            s.trangThai = status;
            assertEquals(RejectReason.UNKNOWN_CODE, assertThrows(InvalidRecordException.class,
                    () -> new StepFactsDeriver(AgencyDirectory.empty()).map(s)).reason(), "status " + status);
        }
    }

    @Test
    void callsArePseudonymizedAndValidated() throws Exception {
        ExchangeCall c = new ExchangeCall();
        c.maYeuCau = "R-1";
        c.maCSDL = "CSDLQGDC";
        c.thoiDiemGoi = "20230105090500";
        c.ketQua = 1;
        c.soDinhDanh = "052203001234";
        c.thoiGianPhanHoiMs = 142;
        CallFacts f = new CallFactsDeriver(AgencyDirectory.empty(), PSEUDO).map(c);
        assertEquals(PSEUDO.pseudonymize("052203001234"), f.subjectRef);
        assertEquals("", f.dossierId);
        assertEquals(142, f.latencyMs);

        c.ketQua = 9;
        assertEquals(RejectReason.UNKNOWN_CODE,
                assertThrows(InvalidRecordException.class, () -> new CallFactsDeriver(AgencyDirectory.empty(), PSEUDO).map(c)).reason());
        c.ketQua = 4;
        c.thoiGianPhanHoiMs = -1;
        assertEquals(RejectReason.INVALID_VALUE,
                assertThrows(InvalidRecordException.class, () -> new CallFactsDeriver(AgencyDirectory.empty(), PSEUDO).map(c)).reason());
    }
}
