package vn.ioc.measure;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import vn.ioc.enrich.AgencyDirectory;
import vn.ioc.feed.Codes;
import vn.ioc.feed.DossierSnapshot;
import vn.ioc.feed.Identifiers;
import vn.ioc.parse.InvalidRecordException;
import vn.ioc.parse.RecordMapper;
import vn.ioc.parse.RejectReason;
import vn.ioc.parse.Require;
import vn.ioc.parse.Timestamps;
import vn.ioc.privacy.Pseudonymizer;

/**
 * Validates a dossier snapshot and derives its facts. Required are only the fields without which the dossier
 * cannot be placed in any measure: its id, procedure, handling agency, channel, status and submission time.
 * Everything else that looks wrong is kept and flagged ({@link QualityFlag}), so that no dossier silently leaves a
 * denominator.
 */
public final class DossierFactsDeriver implements RecordMapper<DossierSnapshot, DossierFacts> {
    private static final long serialVersionUID = 1L;
    private static final Set<Integer> STATUSES = Set.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
    private static final Set<Integer> CHANNELS = Set.of(1, 2, 3);
    private static final Set<Integer> APPLICANT_TYPES = Set.of(1, 2, 3, 4);
    private static final Set<Integer> PAYMENT_CODES = Set.of(0, 1, 2, 3);

    private final AgencyDirectory agencies;
    private final Pseudonymizer pseudonymizer;

    public DossierFactsDeriver(AgencyDirectory agencies, Pseudonymizer pseudonymizer) {
        this.agencies = agencies;
        this.pseudonymizer = pseudonymizer;
    }

    @Override
    public DossierFacts map(DossierSnapshot s) throws InvalidRecordException {
        DossierFacts f = new DossierFacts();
        List<String> flags = new ArrayList<>(2);
        f.dossierId = Require.text("MaHoSo", s.maHoSo);
        f.procedureCode = Require.text("MaTTHC", s.maTTHC);
        f.agencyCode = Require.text("DonViXuLy", s.donViXuLy);
        f.channel = Require.code("KenhThucHien", s.kenhThucHien, CHANNELS);
        f.status = Require.code("TrangThaiHoSo", s.trangThaiHoSo, STATUSES);
        f.applicantType = Require.optionalCode("LoaiDoiTuong", s.loaiDoiTuong, APPLICANT_TYPES);
        f.paymentChannel = Require.optionalCode("DuocThanhToanTrucTuyen", s.duocThanhToanTrucTuyen, PAYMENT_CODES);
        f.procedureName = Require.orEmpty(s.tenTTHC);
        f.fieldCode = Require.orEmpty(s.maLinhVuc);
        f.fieldName = Require.orEmpty(s.tenLinhVuc);

        f.agencyLevel = agencies.level(f.agencyCode);
        f.provinceCode = agencies.province(f.agencyCode);
        f.successorAgencyCode = agencies.currentSuccessor(f.agencyCode);
        if (!agencies.contains(f.agencyCode)) {
            flags.add(QualityFlag.UNKNOWN_AGENCY);
        }

        long latestEvent = deriveTimes(s, f, flags);
        deriveApplicant(s, f, flags);
        deriveComponents(s, f, flags);
        deriveResults(s, f, flags);
        deriveDatabases(s, f);
        deriveFees(s, f);

        f.qualityFlags = flags.toArray(new String[0]);
        f.version = SnapshotOrder.version(latestEvent, f.status, contentHash(f));
        return f;
    }

    /** Derives the times and timeliness; returns the snapshot's latest event time, which orders its versions. */
    private static long deriveTimes(DossierSnapshot s, DossierFacts f, List<String> flags)
            throws InvalidRecordException {
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
        f.finishedAt = Timestamps.optional("NgayKetThucXuLy", s.ngayKetThucXuLy);
        f.returnedAt = Timestamps.optional("NgayTra", s.ngayTra);
        f.refusedAt = Timestamps.optional("NgayTuChoi", s.ngayTuChoi);
        if (f.finishedAt == null && f.status == 10) {
            f.finishedAt = f.returnedAt;
        }

        long latest = max(max(max(max(f.submittedAt, f.receivedAt), f.finishedAt), f.returnedAt), f.refusedAt);
        f.dueAt = Timestamps.optional("NgayHenTra", s.ngayHenTra);
        Long lastRequest = null;
        if (s.danhSachHoSoBoSung != null) {
            for (DossierSnapshot.Supplement sup : s.danhSachHoSoBoSung) {
                if (sup == null) {
                    continue;
                }
                f.supplements++;
                Long requested = Timestamps.optional("DanhSachHoSoBoSung.NgayYeuCau", sup.ngayYeuCau);
                Long answered = Timestamps.optional("DanhSachHoSoBoSung.NgayNopBoSung", sup.ngayNopBoSung);
                latest = max(max(latest, requested), answered);
                Long newDue = Timestamps.optional("DanhSachHoSoBoSung.NgayHenTraMoi", sup.ngayHenTraMoi);
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
        return latest;
    }

    private static long max(long a, Long b) {
        return b != null && b > a ? b : a;
    }

    private static boolean outOfOrder(Long earlier, Long later) {
        return earlier != null && later != null && later < earlier;
    }

    private void deriveApplicant(DossierSnapshot s, DossierFacts f, List<String> flags) {
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

    private static void deriveComponents(DossierSnapshot s, DossierFacts f, List<String> flags) {
        boolean digitizedWithoutFile = false;
        TreeSet<String> paper = new TreeSet<>();
        if (s.taiLieuNop != null) {
            for (DossierSnapshot.Component c : s.taiLieuNop) {
                if (c == null || Boolean.TRUE.equals(c.isDeleted)) {
                    continue;
                }
                f.components++;
                if (Require.flag(c.duocSoHoa)) {
                    f.componentsDigitized++;
                    if (c.duongDanTaiTepTin == null || c.duongDanTaiTepTin.isBlank()) {
                        digitizedWithoutFile = true;
                    }
                }
                if (c.duocTaiSuDung != null && c.duocTaiSuDung == Codes.REUSED_FROM_COMPONENT) {
                    f.componentsReusedComponent++;
                } else if (c.duocTaiSuDung != null && c.duocTaiSuDung == Codes.REUSED_FROM_RESULT) {
                    f.componentsReusedResult++;
                }
                if (Require.flag(c.duocLayTuKhoDMQG)) {
                    f.componentsFromStore++;
                }
                boolean reusedOrFromStore = (c.duocTaiSuDung != null && c.duocTaiSuDung > 0)
                        || Require.flag(c.duocLayTuKhoDMQG);
                if (!reusedOrFromStore && c.maThanhPhanHoSo != null && !c.maThanhPhanHoSo.isBlank()) {
                    paper.add(c.maThanhPhanHoSo.strip());
                }
            }
        }
        f.paperDocuments = paper.toArray(new String[0]);
        f.digitized = Require.flag(s.hoSoCoThanhPhanSoHoa) || f.componentsDigitized > 0;
        f.reused = f.componentsReusedComponent + f.componentsReusedResult > 0;
        f.fromStore = f.componentsFromStore > 0;
        if (digitizedWithoutFile) {
            flags.add(QualityFlag.DIGITIZED_WITHOUT_FILE);
        }
    }

    private static void deriveResults(DossierSnapshot s, DossierFacts f, List<String> flags) {
        boolean withoutFile = false;
        if (s.danhSachGiayToKetQua != null) {
            for (DossierSnapshot.Result r : s.danhSachGiayToKetQua) {
                if (r == null) {
                    continue;
                }
                if (r.duongDanTepTinKetQua == null || r.duongDanTepTinKetQua.isBlank()) {
                    withoutFile = true;
                } else {
                    f.eResults++;
                }
            }
        }
        f.eResult = f.eResults > 0;
        if (withoutFile) {
            flags.add(QualityFlag.E_RESULT_WITHOUT_FILE);
        }
    }

    private static void deriveDatabases(DossierSnapshot s, DossierFacts f) {
        TreeSet<String> dbs = new TreeSet<>();
        if (s.dsKetNoiCSDL != null) {
            for (DossierSnapshot.DatabaseLink link : s.dsKetNoiCSDL) {
                if (link != null && link.maCSDL != null && !link.maCSDL.isBlank()) {
                    dbs.add(link.maCSDL.strip());
                }
            }
        }
        f.databases = dbs.toArray(new String[0]);
        f.vneidVerified = Require.flag(s.taiKhoanDuocXacThucVoiVNeID);
        f.populationData = f.vneidVerified || dbs.contains(Codes.DB_POPULATION);
    }

    private static void deriveFees(DossierSnapshot s, DossierFacts f) {
        if (s.danhSachLePhi != null) {
            for (DossierSnapshot.Fee fee : s.danhSachLePhi) {
                if (fee != null && fee.gia != null && fee.gia > 0) {
                    f.feeBearing = true;
                    f.feeAmount += fee.gia;
                }
            }
        }
        f.paidOnline = f.paymentChannel == 1 || f.paymentChannel == 2;
    }

    /** Stable across JVMs and runs: built from String and boxed-number hash codes, which the JDK specifies. */
    private static int contentHash(DossierFacts f) {
        return Objects.hash(f.dossierId, f.procedureCode, f.agencyCode, f.channel, f.status, f.applicantType,
                        f.applicantRef, f.submittedAt, f.receivedAt, f.dueAt, f.finishedAt, f.returnedAt, f.refusedAt,
                        f.components, f.componentsDigitized, f.componentsReusedComponent, f.componentsReusedResult,
                        f.componentsFromStore, f.eResults, f.vneidVerified, f.feeAmount, f.paymentChannel,
                        f.supplements)
                ^ Arrays.hashCode(f.databases) ^ Arrays.hashCode(f.qualityFlags);
    }
}
