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
import vn.ioc.parse.OptionalField;
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
        f.status = Require.code("TrangThaiHoSo", s.trangThaiHoSo, Codes.DOSSIER_STATUSES);
        f.applicantType = OptionalField.code("LoaiDoiTuong", s.loaiDoiTuong, APPLICANT_TYPES, flags);
        f.paymentChannel = OptionalField.code("DuocThanhToanTrucTuyen", s.duocThanhToanTrucTuyen, PAYMENT_CODES,
                flags);
        f.procedureName = Require.orEmpty(s.tenTTHC);
        f.fieldCode = Require.orEmpty(s.maLinhVuc);
        f.fieldName = Require.orEmpty(s.tenLinhVuc);

        long latestEvent = deriveTimes(s, f, flags);
        deriveApplicant(s, f, flags);
        deriveComponents(s, f, flags);
        deriveResults(s, f, flags);
        deriveDatabases(s, f);
        deriveFees(s, f);
        Require.count("TaiLieuNop", f.components, Require.MAX_UINT16);
        Require.count("DanhSachGiayToKetQua", f.eResults, Require.MAX_UINT16);
        Require.count("DanhSachHoSoBoSung", f.supplements, Require.MAX_UINT16);

        f.qualityFlags = flags.toArray(new String[0]);
        // before the catalogue: a snapshot's version is the same whatever the catalogue said when it was derived
        f.version = SnapshotOrder.version(latestEvent, f.status, contentHash(f));
        enrich(f, agencies);
        return f;
    }

    /**
     * Sets what the dossier owes to the agency catalogue: its agency's level, province and current successor, and
     * the UNKNOWN_AGENCY finding (first among the findings) while the catalogue does not know the agency. Says
     * whether any of it changed. The version is left alone: a catalogue change does not make a newer snapshot.
     */
    public static boolean enrich(DossierFacts f, AgencyDirectory agencies) {
        int level = agencies.level(f.agencyCode);
        String province = agencies.province(f.agencyCode);
        String successor = agencies.currentSuccessor(f.agencyCode);
        boolean unknown = !agencies.contains(f.agencyCode);
        boolean flagged = f.qualityFlags.length > 0 && f.qualityFlags[0].equals(QualityFlag.UNKNOWN_AGENCY);
        boolean changed = level != f.agencyLevel || !province.equals(f.provinceCode)
                || !successor.equals(f.successorAgencyCode) || unknown != flagged;
        f.agencyLevel = level;
        f.provinceCode = province;
        f.successorAgencyCode = successor;
        if (unknown && !flagged) {
            String[] flags = new String[f.qualityFlags.length + 1];
            flags[0] = QualityFlag.UNKNOWN_AGENCY;
            System.arraycopy(f.qualityFlags, 0, flags, 1, f.qualityFlags.length);
            f.qualityFlags = flags;
        } else if (!unknown && flagged) {
            f.qualityFlags = Arrays.copyOfRange(f.qualityFlags, 1, f.qualityFlags.length);
        }
        return changed;
    }

    /**
     * Derives the times and timeliness; returns the snapshot's latest event time, which orders its versions. The
     * submission times are required and strict; every other time is optional: an impossible one is emptied with a
     * finding. An event later than now (plus a tolerance) is a typo to be corrected, so it is flagged and does not
     * take part in the ordering, or it would win over every later snapshot.
     */
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

    private static void deriveFees(DossierSnapshot s, DossierFacts f) throws InvalidRecordException {
        if (s.danhSachLePhi != null) {
            for (DossierSnapshot.Fee fee : s.danhSachLePhi) {
                if (fee != null && fee.gia != null && fee.gia > 0) {
                    f.feeBearing = true;
                    try {
                        f.feeAmount = Math.addExact(f.feeAmount, fee.gia);
                    } catch (ArithmeticException e) {
                        throw new InvalidRecordException(RejectReason.INVALID_VALUE,
                                "DanhSachLePhi: the fees add up to more than a fee amount can hold");
                    }
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
