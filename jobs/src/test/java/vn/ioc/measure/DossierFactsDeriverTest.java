package vn.ioc.measure;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.ioc.enrich.AgencyDirectory;
import vn.ioc.feed.Agency;
import vn.ioc.feed.DossierSnapshot;
import vn.ioc.parse.InvalidRecordException;
import vn.ioc.parse.JsonRecordParser;
import vn.ioc.parse.RejectReason;
import vn.ioc.parse.Timestamps;
import vn.ioc.privacy.PseudonymKey;
import vn.ioc.privacy.Pseudonymizer;

class DossierFactsDeriverTest {
    private static final Pseudonymizer PSEUDO = new Pseudonymizer(PseudonymKey.of("unit-test-key-0123456789"));
    private final DossierFactsDeriver deriver = new DossierFactsDeriver(directory(), PSEUDO);
    private final JsonRecordParser<DossierSnapshot> parser = new JsonRecordParser<>(DossierSnapshot.class);

    private static AgencyDirectory directory() {
        Agency district = new Agency();
        district.maDonVi = "D";
        district.capDonVi = 2;
        district.maDonViCha = "P";
        district.hieuLucDen = "20250630";
        district.maDonViKeThua = "C-NEW";
        Agency province = new Agency();
        province.maDonVi = "P";
        province.capDonVi = 1;
        Agency commune = new Agency();
        commune.maDonVi = "C-NEW";
        commune.capDonVi = 3;
        commune.maDonViCha = "P";
        return AgencyDirectory.of(List.of(district, province, commune));
    }

    private DossierFacts derive(String extraFields) throws InvalidRecordException {
        String json = "{\"MaHoSo\":\"D-1\",\"MaTTHC\":\"1.001\",\"DonViXuLy\":\"D\",\"KenhThucHien\":2,"
                + "\"LoaiDoiTuong\":1,\"SoGiayToChuHoSo\":\"052203001234\",\"NgayNopHoSo\":\"20230105080000\""
                + (extraFields.isEmpty() ? "" : "," + extraFields) + "}";
        return deriver.map(parser.parse(json.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void placesTheDossierAndRollsItsAgencyUp() throws Exception {
        DossierFacts f = derive("\"TrangThaiHoSo\":2,\"NgayTiepNhan\":\"20230105090000\"");
        assertEquals(2, f.agencyLevel);
        assertEquals("P", f.provinceCode);
        assertEquals("C-NEW", f.successorAgencyCode);
        assertEquals(PSEUDO.pseudonymize("052203001234"), f.applicantRef);
        assertEquals(Timeliness.OPEN, f.timeliness);
        assertArrayEquals(new String[0], f.qualityFlags);
    }

    @Test
    void componentsDigitizedReusedByKindAndFromTheStore() throws Exception {
        DossierFacts f = derive("\"TrangThaiHoSo\":2,\"TaiLieuNop\":["
                + "{\"DuocSoHoa\":1,\"DuongDanTaiTepTin\":\"/a\"},"
                + "{\"DuocTaiSuDung\":1,\"DuocLayTuKhoDMQG\":1},"
                + "{\"DuocTaiSuDung\":2,\"MaKetQuaThayThe\":\"KQ.G15.000123\"},"
                + "{\"DuocSoHoa\":1,\"IsDeleted\":true}]");
        assertEquals(3, f.components);
        assertEquals(1, f.componentsDigitized);
        assertEquals(1, f.componentsReusedComponent);
        assertEquals(1, f.componentsReusedResult);
        assertEquals(1, f.componentsFromStore);
        assertTrue(f.digitized && f.reused && f.fromStore);
    }

    @Test
    void dossierFlagAloneMeansDigitized() throws Exception {
        assertTrue(derive("\"TrangThaiHoSo\":2,\"HoSoCoThanhPhanSoHoa\":1").digitized);
        assertFalse(derive("\"TrangThaiHoSo\":2,\"HoSoCoThanhPhanSoHoa\":0").digitized);
    }

    @Test
    void eResultsNeedTheirFile() throws Exception {
        DossierFacts f = derive("\"TrangThaiHoSo\":9,\"DanhSachGiayToKetQua\":[{\"DuongDanTepTinKetQua\":\"/kq\"},"
                + "{\"GiayToId\":\"x\"}]");
        assertEquals(1, f.eResults);
        assertTrue(f.eResult);
        assertArrayEquals(new String[] {QualityFlag.E_RESULT_WITHOUT_FILE}, f.qualityFlags);
    }

    @Test
    void populationDataFromVneidOrDeclaredDatabase() throws Exception {
        assertTrue(derive("\"TrangThaiHoSo\":2,\"TaiKhoanDuocXacThucVoiVNeID\":1").populationData);
        DossierFacts f = derive("\"TrangThaiHoSo\":2,\"DSKetNoiCSDL\":[{\"MaCSDL\":\"CSDLQGDC\"},"
                + "{\"MaCSDL\":\"CSDLQGBH\"},{\"MaCSDL\":\"CSDLQGDC\"}]");
        assertTrue(f.populationData);
        assertArrayEquals(new String[] {"CSDLQGBH", "CSDLQGDC"}, f.databases);
        assertFalse(derive("\"TrangThaiHoSo\":2,\"DSKetNoiCSDL\":[{\"MaCSDL\":\"CSDLQGBH\"}]").populationData);
    }

    @Test
    void feesAndOnlinePayment() throws Exception {
        DossierFacts paid = derive("\"TrangThaiHoSo\":10,\"DuocThanhToanTrucTuyen\":2,"
                + "\"DanhSachLePhi\":[{\"Gia\":50000},{\"Gia\":0}]");
        assertTrue(paid.feeBearing && paid.paidOnline);
        assertEquals(50000, paid.feeAmount);
        DossierFacts free = derive("\"TrangThaiHoSo\":10,\"DuocThanhToanTrucTuyen\":3,\"DanhSachLePhi\":[{\"Gia\":0}]");
        assertFalse(free.feeBearing || free.paidOnline);
    }

    @Test
    void timelinessAgainstTheDueDateThatSupplementsMoved() throws Exception {
        String base = "\"NgayTiepNhan\":\"20230105090000\",\"NgayHenTra\":\"20230110170000\",";
        assertEquals(Timeliness.EARLY, derive(base + "\"TrangThaiHoSo\":9,\"NgayKetThucXuLy\":\"20230109170000\"").timeliness);
        assertEquals(Timeliness.ON_TIME, derive(base + "\"TrangThaiHoSo\":9,\"NgayKetThucXuLy\":\"20230110170000\"").timeliness);
        assertEquals(Timeliness.LATE, derive(base + "\"TrangThaiHoSo\":9,\"NgayKetThucXuLy\":\"20230110170001\"").timeliness);
        assertEquals(Timeliness.CLOSED, derive(base + "\"TrangThaiHoSo\":3,\"NgayTuChoi\":\"20230106090000\"").timeliness);
        assertEquals(Timeliness.CLOSED, derive(base + "\"TrangThaiHoSo\":7").timeliness);

        DossierFacts moved = derive(base + "\"TrangThaiHoSo\":10,\"NgayKetThucXuLy\":\"20230112090000\","
                + "\"DanhSachHoSoBoSung\":[{\"NgayYeuCau\":\"20230108090000\",\"NgayNopBoSung\":\"20230109090000\","
                + "\"NgayHenTraMoi\":\"20230111170000\"},{\"NgayYeuCau\":\"20230106090000\","
                + "\"NgayNopBoSung\":\"20230107090000\",\"NgayHenTraMoi\":\"20230113170000\"}]");
        assertEquals(2, moved.supplements);
        assertEquals(Timestamps.required("x", "20230111170000"), moved.dueAt, "the latest request governs");
        assertEquals(Timeliness.LATE, moved.timeliness);
        assertEquals(168.0, moved.processingHours);
    }

    @Test
    void suspectRecordsAreKeptWithFlags() throws Exception {
        DossierFacts f = derive("\"TrangThaiHoSo\":9,\"NgayTiepNhan\":\"20230105090000\","
                + "\"NgayKetThucXuLy\":\"20230104090000\",\"SoGiayToChuHoSo\":\"999203001234\","
                + "\"TaiLieuNop\":[{\"DuocSoHoa\":1}]");
        assertEquals(List.of(QualityFlag.DATES_OUT_OF_ORDER, QualityFlag.APPLICANT_ID_INVALID,
                QualityFlag.DIGITIZED_WITHOUT_FILE), List.of(f.qualityFlags));
        DossierFacts unknown = deriver.map(parser.parse(("{\"MaHoSo\":\"X\",\"MaTTHC\":\"1\",\"DonViXuLy\":\"Z\","
                + "\"KenhThucHien\":1,\"TrangThaiHoSo\":2,\"NgayTiepNhan\":\"20230105090000\"}")
                .getBytes(StandardCharsets.UTF_8)));
        assertEquals(0, unknown.agencyLevel);
        assertEquals("Z", unknown.successorAgencyCode);
        assertArrayEquals(new String[] {QualityFlag.UNKNOWN_AGENCY}, unknown.qualityFlags);
        assertEquals(unknown.receivedAt, unknown.submittedAt, "in-person dossiers are submitted when received");
        assertNull(unknown.finishedAt);
    }

    @Test
    void rejectsWhatCannotBeMeasured() {
        assertReason(RejectReason.MISSING_FIELD, "\"TrangThaiHoSo\":null");
        assertReason(RejectReason.UNKNOWN_CODE, "\"TrangThaiHoSo\":11");
        assertReason(RejectReason.INVALID_TIMESTAMP, "\"TrangThaiHoSo\":2,\"NgayTiepNhan\":\"20230230080000\"");
        StringBuilder many = new StringBuilder("\"TrangThaiHoSo\":2,\"TaiLieuNop\":[");
        for (int i = 0; i < 70_000; i++) {
            many.append(i == 0 ? "" : ",").append("{\"DuocSoHoa\":1}");
        }
        assertReason(RejectReason.INVALID_VALUE, many.append("]").toString());
        assertReason(RejectReason.INVALID_VALUE, "\"TrangThaiHoSo\":2,\"DanhSachLePhi\":[{\"Gia\":9223372036854775000},"
                + "{\"Gia\":1000}]");
    }

    @Test
    void anImpossibleOptionalValueEmptiesTheFieldWithAFinding() throws Exception {
        DossierFacts f = derive("\"TrangThaiHoSo\":2,\"LoaiDoiTuong\":9,\"NgayHenTra\":\"99991231170000\","
                + "\"NgayTra\":\"20230230080000\",\"DanhSachHoSoBoSung\":[{\"NgayYeuCau\":\"2023010\"}]");
        assertEquals(0, f.applicantType);
        assertNull(f.dueAt);
        assertNull(f.returnedAt);
        assertEquals(1, f.supplements);
        assertEquals(List.of("EMPTIED:LoaiDoiTuong", "EMPTIED:NgayTra", "EMPTIED:NgayHenTra",
                "EMPTIED:DanhSachHoSoBoSung.NgayYeuCau"), List.of(f.qualityFlags));
    }

    @Test
    void aTypoInTheFutureIsFlaggedAndLosesToTheCorrection() throws Exception {
        String received = "\"NgayTiepNhan\":\"20230105090000\",";
        DossierFacts typo = derive(received + "\"TrangThaiHoSo\":10,\"NgayTra\":\"20320106090000\"");
        DossierFacts corrected = derive(received + "\"TrangThaiHoSo\":10,\"NgayTra\":\"20230106090000\"");
        assertTrue(List.of(typo.qualityFlags).contains(QualityFlag.FUTURE_DATE));
        assertFalse(List.of(corrected.qualityFlags).contains(QualityFlag.FUTURE_DATE));
        assertTrue(typo.version < corrected.version, "the typo'd 2032 must not win over the correction");
        assertNotNull(typo.returnedAt, "the value is kept, only flagged");
    }

    @Test
    void laterLifecycleStepsGetHigherVersions() throws Exception {
        String received = "\"NgayTiepNhan\":\"20230105090000\",\"NgayHenTra\":\"20230110170000\",";
        long v2 = derive(received + "\"TrangThaiHoSo\":2").version;
        long v4 = derive(received + "\"TrangThaiHoSo\":4").version;
        long v9 = derive(received + "\"TrangThaiHoSo\":9,\"NgayKetThucXuLy\":\"20230106090000\"").version;
        long v5 = derive(received + "\"TrangThaiHoSo\":5,\"DanhSachHoSoBoSung\":[{\"NgayYeuCau\":\"20230105100000\"}]").version;
        long v4again = derive(received + "\"TrangThaiHoSo\":4,\"DanhSachHoSoBoSung\":[{\"NgayYeuCau\":\"20230105100000\","
                + "\"NgayNopBoSung\":\"20230105110000\"}]").version;
        assertTrue(v2 < v4 && v4 < v5 && v5 < v4again && v4again < v9);
        assertEquals(v9, derive(received + "\"TrangThaiHoSo\":9,\"NgayKetThucXuLy\":\"20230106090000\"").version);
    }

    private void assertReason(RejectReason reason, String fields) {
        InvalidRecordException e = assertThrows(InvalidRecordException.class, () -> derive(fields));
        assertEquals(reason, e.reason(), e.getMessage());
    }
}
