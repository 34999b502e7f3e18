package vn.ioc.measure;

import java.util.List;
import java.util.TreeSet;
import vn.ioc.feed.Codes;
import vn.ioc.feed.DossierSnapshot;
import vn.ioc.parse.InvalidRecordException;
import vn.ioc.parse.RejectReason;
import vn.ioc.parse.Require;

/**
 * What a dossier was submitted with and what it returned: components (digitized, reused by kind, from the DVCQG
 * store, on paper), electronic results, the national databases it declared, and its fees and online payment.
 */
final class DossierContents {
    private DossierContents() {}

    static void derive(DossierSnapshot s, DossierFacts f, List<String> flags) throws InvalidRecordException {
        components(s, f, flags);
        results(s, f, flags);
        databases(s, f);
        fees(s, f);
    }

    private static void components(DossierSnapshot s, DossierFacts f, List<String> flags) {
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

    private static void results(DossierSnapshot s, DossierFacts f, List<String> flags) {
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

    private static void databases(DossierSnapshot s, DossierFacts f) {
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

    private static void fees(DossierSnapshot s, DossierFacts f) throws InvalidRecordException {
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
}
