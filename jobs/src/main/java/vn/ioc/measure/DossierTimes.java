package vn.ioc.measure;

import java.util.List;
import vn.ioc.feed.DossierSnapshot;
import vn.ioc.parse.InvalidRecordException;
import vn.ioc.parse.OptionalField;
import vn.ioc.parse.RejectReason;
import vn.ioc.parse.Timestamps;

/**
 * A dossier's times (submission, reception, end, return, refusal, and the due date the latest supplement request
 * moved), its timeliness and processing hours, and the latest event, which orders the snapshot's versions.
 */
final class DossierTimes {
    private DossierTimes() {}

    /**
     * Derives the times and timeliness; returns the snapshot's latest event time, which orders its versions. The
     * submission times are required and strict; every other time is optional: an impossible one is emptied with a
     * finding. An event later than now (plus a tolerance) is a typo to be corrected, so it is flagged and does not
     * take part in the ordering, or it would win over every later snapshot.
     */
    static long derive(DossierSnapshot s, DossierFacts f, List<String> flags) throws InvalidRecordException {
        Long submitted = Timestamps.optional("NgayNopHoSo", s.ngayNopHoSo);
        f.receivedAt = Timestamps.optional("NgayTiepNhan", s.ngayTiepNhan);
        if (submitted == null) {
            // in-person dossiers are submitted when received; the one-stop systems often leave NgayNopHoSo empty
            submitted = f.receivedAt;
        }
        if (submitted == null) {
            throw new InvalidRecordException(
                    RejectReason.MISSING_FIELD, "NgayNopHoSo and NgayTiepNhan are both missing");
        }
        f.submittedAt = submitted;
        f.finishedAt = OptionalField.time("NgayKetThucXuLy", s.ngayKetThucXuLy, flags);
        f.returnedAt = OptionalField.time("NgayTra", s.ngayTra, flags);
        f.refusedAt = OptionalField.time("NgayTuChoi", s.ngayTuChoi, flags);
        if (f.finishedAt == null && f.status == 10) {
            f.finishedAt = f.returnedAt;
        }

        boolean[] future = {false};
        long latest = event(event(event(event(event(0, f.submittedAt, future), f.receivedAt, future), f.finishedAt,
                future), f.returnedAt, future), f.refusedAt, future);
        f.dueAt = OptionalField.time("NgayHenTra", s.ngayHenTra, flags);
        Long lastRequest = null;
        if (s.danhSachHoSoBoSung != null) {
            for (DossierSnapshot.Supplement sup : s.danhSachHoSoBoSung) {
                if (sup == null) {
                    continue;
                }
                f.supplements++;
                Long requested = OptionalField.time("DanhSachHoSoBoSung.NgayYeuCau", sup.ngayYeuCau, flags);
                Long answered = OptionalField.time("DanhSachHoSoBoSung.NgayNopBoSung", sup.ngayNopBoSung, flags);
                latest = event(event(latest, requested, future), answered, future);
                Long newDue = OptionalField.time("DanhSachHoSoBoSung.NgayHenTraMoi", sup.ngayHenTraMoi, flags);
                // the latest request's new due date governs, whatever the order of the list
                if (newDue != null && (lastRequest == null || (requested != null && requested >= lastRequest))) {
                    f.dueAt = newDue;
                    lastRequest = requested == null ? Long.MIN_VALUE : requested;
                }
            }
        }

        f.timeliness = Timeliness.of(f.status, f.finishedAt, f.dueAt);
        if (f.finishedAt != null && f.receivedAt != null) {
            f.processingHours = Math.round((f.finishedAt - f.receivedAt) / 36.0) / 100.0;
        }
        if (outOfOrder(f.submittedAt, f.receivedAt) || outOfOrder(f.receivedAt, f.finishedAt)
                || outOfOrder(f.finishedAt, f.returnedAt) || outOfOrder(f.receivedAt, f.dueAt)) {
            flags.add(QualityFlag.DATES_OUT_OF_ORDER);
        }
        if (future[0]) {
            flags.add(QualityFlag.FUTURE_DATE);
        }
        return latest;
    }

    /** The later of {@code latest} and an event time, unless that lies in the future (then only noted). */
    private static long event(long latest, Long t, boolean[] future) {
        if (t == null) {
            return latest;
        }
        if (Timestamps.isFuture(t)) {
            future[0] = true;
            return latest;
        }
        return Math.max(latest, t);
    }

    private static boolean outOfOrder(Long earlier, Long later) {
        return earlier != null && later != null && later < earlier;
    }
}
