package vn.ioc.measure;

import java.util.List;
import java.util.Set;
import vn.ioc.feed.Codes;
import vn.ioc.feed.DossierSnapshot;
import vn.ioc.parse.InvalidRecordException;
import vn.ioc.parse.OptionalField;
import vn.ioc.parse.Require;

/**
 * What a dossier must have to be measured at all, and the limits of what its table can hold. Required are only the
 * fields without which the dossier cannot be placed in any measure: its id, procedure, handling agency, channel and
 * status (the submission time is {@link DossierTimes}'). An impossible applicant type or payment channel is emptied
 * with a finding instead.
 */
final class DossierValidation {
    private static final Set<Integer> CHANNELS = Set.of(1, 2, 3);
    private static final Set<Integer> APPLICANT_TYPES = Set.of(1, 2, 3, 4);
    private static final Set<Integer> PAYMENT_CODES = Set.of(0, 1, 2, 3);

    private DossierValidation() {}

    static void identify(DossierSnapshot s, DossierFacts f, List<String> flags) throws InvalidRecordException {
        f.dossierId = Require.text("MaHoSo", s.maHoSo);
        f.procedureCode = Require.text("MaTTHC", s.maTTHC);
        f.agencyCode = Require.text("DonViXuLy", s.donViXuLy);
        f.channel = Require.code("KenhThucHien", s.kenhThucHien, CHANNELS);
        f.status = Require.code("TrangThaiHoSo", s.trangThaiHoSo, Codes.DOSSIER_STATUSES);
        f.applicantType = OptionalField.code("LoaiDoiTuong", s.loaiDoiTuong, APPLICANT_TYPES, flags);
        f.paymentChannel = OptionalField.code("DuocThanhToanTrucTuyen", s.duocThanhToanTrucTuyen, PAYMENT_CODES,
                flags);
        f.procedureName = Require.orEmpty(s.tenTTHC);
        f.fieldCode = Require.orEmpty(s.maLinhVuc);
        f.fieldName = Require.orEmpty(s.tenLinhVuc);
    }

    /** The counts dossier_facts keeps as UInt16: a dossier with more is a broken record, not a large dossier. */
    static void checkCounts(DossierFacts f) throws InvalidRecordException {
        Require.count("TaiLieuNop", f.components, Require.MAX_UINT16);
        Require.count("DanhSachGiayToKetQua", f.eResults, Require.MAX_UINT16);
        Require.count("DanhSachHoSoBoSung", f.supplements, Require.MAX_UINT16);
    }
}
