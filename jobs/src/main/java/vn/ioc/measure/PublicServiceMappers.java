package vn.ioc.measure;

import java.util.Set;
import vn.ioc.feed.Codes;
import vn.ioc.feed.Petition;
import vn.ioc.feed.Publication;
import vn.ioc.feed.ReceptionReport;
import vn.ioc.parse.InvalidRecordException;
import vn.ioc.parse.RecordMapper;
import vn.ioc.parse.RejectReason;
import vn.ioc.parse.Require;
import vn.ioc.parse.Timestamps;

/**
 * The small feeds behind the transparency and satisfaction indicators. Required: what identifies the record, the
 * unit it counts for, and the dates that place it in a period; everything else may be absent (not yet handled,
 * not yet made public) and is then counted as not done.
 */
public final class PublicServiceMappers {
    private static final Set<Integer> KINDS = Set.of(Codes.PETITION_PAKN, Codes.PETITION_RATING);
    private static final Set<Integer> RATINGS = Set.of(1, 2, Codes.RATING_DISSATISFIED);
    private static final Set<Integer> FLAGS = Set.of(0, 1);

    private PublicServiceMappers() {}

    public static RecordMapper<Petition, PetitionFacts> petitions() {
        return p -> {
            PetitionFacts f = new PetitionFacts();
            f.petitionId = Require.text("MaPAKN", p.maPAKN);
            f.kind = Require.code("Loai", p.loai, KINDS);
            f.agencyCode = Require.text("MaDonVi", p.maDonVi);
            f.dossierId = Require.orEmpty(p.maHoSo);
            f.receivedAt = Timestamps.required("NgayTiepNhan", p.ngayTiepNhan);
            f.updatedAt = Timestamps.version("ThoiDiemCapNhat", p.thoiDiemCapNhat);
            if (f.kind == Codes.PETITION_PAKN) {
                f.dueAt = Timestamps.required("HanXuLy", p.hanXuLy);
                f.handledAt = Timestamps.optional("NgayXuLy", p.ngayXuLy);
                f.satisfied = p.haiLong == null ? null : Require.code("HaiLong", p.haiLong, FLAGS);
            } else {
                f.rating = Require.code("MucDoHaiLong", p.mucDoHaiLong, RATINGS);
                if (f.dossierId.isEmpty()) {
                    throw new InvalidRecordException(RejectReason.MISSING_FIELD, "MaHoSo is missing from a rating");
                }
            }
            return f;
        };
    }

    public static RecordMapper<Publication, PublicationFacts> publications() {
        return p -> {
            PublicationFacts f = new PublicationFacts();
            f.decisionId = Require.text("SoQuyetDinh", p.soQuyetDinh);
            f.procedureCode = Require.text("MaTTHC", p.maTTHC);
            f.agencyCode = Require.text("MaDonVi", p.maDonVi);
            f.publishDue = Timestamps.required("HanCongBo", p.hanCongBo);
            f.publishedAt = Timestamps.optional("NgayCongBo", p.ngayCongBo);
            f.publicDue = Timestamps.required("HanCongKhai", p.hanCongKhai);
            f.madePublicAt = Timestamps.optional("NgayCongKhai", p.ngayCongKhai);
            f.contentFull = Require.flag(p.dayDuNoiDung);
            f.updatedAt = Timestamps.version("ThoiDiemCapNhat", p.thoiDiemCapNhat);
            return f;
        };
    }

    public static RecordMapper<ReceptionReport, ReceptionCount> receptionReports() {
        return r -> {
            ReceptionCount c = new ReceptionCount();
            c.agencyCode = Require.text("MaDonVi", r.maDonVi);
            Long day = Timestamps.optionalDate("Ngay", r.ngay);
            if (day == null) {
                throw new InvalidRecordException(RejectReason.MISSING_FIELD, "Ngay is missing");
            }
            c.day = day;
            if (r.soHoSoTiepNhan == null) {
                throw new InvalidRecordException(RejectReason.MISSING_FIELD, "SoHoSoTiepNhan is missing");
            }
            if (r.soHoSoTiepNhan < 0) {
                throw new InvalidRecordException(RejectReason.INVALID_VALUE, "SoHoSoTiepNhan is negative");
            }
            c.received = r.soHoSoTiepNhan;
            c.reportedAt = Timestamps.version("ThoiDiemBaoCao", r.thoiDiemBaoCao);
            return c;
        };
    }
}
