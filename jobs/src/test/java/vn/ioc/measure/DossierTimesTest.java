package vn.ioc.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.ioc.feed.DossierSnapshot;
import vn.ioc.parse.InvalidRecordException;
import vn.ioc.parse.RejectReason;
import vn.ioc.parse.Timestamps;

/** {@link DossierTimes}: a dossier's times, its timeliness and the latest event that orders its versions. */
class DossierTimesTest {

    @Test
    void anInPersonDossierIsSubmittedWhenReceivedAndOneWithNeitherTimeIsRejected() throws Exception {
        DossierSnapshot s = snapshot(2);
        s.ngayTiepNhan = "20230105090000";
        DossierFacts f = derive(s, new ArrayList<>());
        assertEquals(at("20230105090000"), f.submittedAt);
        assertEquals(Timeliness.OPEN, f.timeliness);

        InvalidRecordException e = assertThrows(InvalidRecordException.class,
                () -> derive(snapshot(2), new ArrayList<>()));
        assertEquals(RejectReason.MISSING_FIELD, e.reason());
    }

    @Test
    void theLatestEventOrdersTheVersionsButADueDateOrAFutureTypoDoesNot() throws Exception {
        DossierSnapshot s = snapshot(10);
        s.ngayNopHoSo = "20230105080000";
        s.ngayTiepNhan = "20230105090000";
        s.ngayHenTra = "20230120170000";
        s.ngayTra = "20230110090000";
        s.ngayTuChoi = "20990101000000";
        List<String> flags = new ArrayList<>();
        DossierFacts f = new DossierFacts();
        f.status = 10;
        long latest = DossierTimes.derive(s, f, flags);
        assertEquals(at("20230110090000"), latest, "the return; not the due date, not the 2099 refusal");
        assertEquals(at("20230110090000"), f.finishedAt, "a returned dossier without an end time ended when returned");
        assertEquals(List.of(QualityFlag.FUTURE_DATE), flags);
        assertEquals(Timeliness.EARLY, f.timeliness);
        assertEquals(120.0, f.processingHours);
    }

    @Test
    void theLatestSupplementRequestsNewDueDateGovernsWhateverTheListsOrder() throws Exception {
        DossierSnapshot.Supplement undated = supplement(null, "20230111170000");
        DossierSnapshot.Supplement early = supplement("20230106090000", "20230113170000");
        DossierSnapshot.Supplement late = supplement("20230108090000", "20230115170000");
        for (List<DossierSnapshot.Supplement> order : List.of(List.of(undated, early, late),
                List.of(late, early, undated), List.of(early, undated, late))) {
            DossierSnapshot s = snapshot(4);
            s.ngayTiepNhan = "20230105090000";
            s.ngayHenTra = "20230110170000";
            s.danhSachHoSoBoSung = new ArrayList<>(order);
            s.danhSachHoSoBoSung.add(null);
            DossierFacts f = derive(s, new ArrayList<>());
            assertEquals(at("20230115170000"), f.dueAt, order.toString());
            assertEquals(3, f.supplements, "a null entry is not a supplement");
        }
    }

    @Test
    void datesOutOfOrderAreFlaggedAndProcessingHoursRoundToHundredths() throws Exception {
        DossierSnapshot s = snapshot(9);
        s.ngayNopHoSo = "20230105100000";
        s.ngayTiepNhan = "20230105090000";
        s.ngayKetThucXuLy = "20230105092000";
        List<String> flags = new ArrayList<>();
        DossierFacts f = derive(s, flags);
        assertEquals(List.of(QualityFlag.DATES_OUT_OF_ORDER), flags, "received before it was submitted");
        assertEquals(0.33, f.processingHours);
        assertEquals(Timeliness.NO_DUE_DATE, f.timeliness);
    }

    @Test
    void anImpossibleOptionalTimeIsEmptiedWithAFinding() throws Exception {
        DossierSnapshot s = snapshot(3);
        s.ngayTiepNhan = "20230105090000";
        s.ngayTuChoi = "20230231090000";
        List<String> flags = new ArrayList<>();
        DossierFacts f = derive(s, flags);
        assertNull(f.refusedAt);
        assertEquals(List.of("EMPTIED:NgayTuChoi"), flags);
        assertEquals(Timeliness.CLOSED, f.timeliness);
    }

    private static DossierFacts derive(DossierSnapshot s, List<String> flags) throws InvalidRecordException {
        DossierFacts f = new DossierFacts();
        f.status = s.trangThaiHoSo;
        DossierTimes.derive(s, f, flags);
        return f;
    }

    private static DossierSnapshot snapshot(int status) {
        DossierSnapshot s = new DossierSnapshot();
        s.trangThaiHoSo = status;
        return s;
    }

    private static DossierSnapshot.Supplement supplement(String requested, String newDue) {
        DossierSnapshot.Supplement sup = new DossierSnapshot.Supplement();
        sup.ngayYeuCau = requested;
        sup.ngayHenTraMoi = newDue;
        return sup;
    }

    private static long at(String timestamp) throws InvalidRecordException {
        return Timestamps.required("t", timestamp);
    }
}
