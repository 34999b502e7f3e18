package vn.ioc.measure;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.ioc.feed.DossierSnapshot;
import vn.ioc.parse.InvalidRecordException;
import vn.ioc.parse.RejectReason;

/** {@link DossierContents}: components, electronic results, declared databases, fees. */
class DossierContentsTest {

    @Test
    void componentsOnPaperAreThoseNeitherReusedNorFromTheStoreAndDeletedOnesDoNotCount() throws Exception {
        DossierSnapshot s = new DossierSnapshot();
        s.taiLieuNop = Arrays.asList(
                component("CCCD", 1, "/scan.pdf", null, null, null),
                component("GP", null, null, 2, null, null),
                component("DKKD", null, null, null, 1, null),
                component(" SOHK ", null, null, 0, 0, null),
                component("OLD", 1, null, null, null, true),
                null);
        List<String> flags = new ArrayList<>();
        DossierFacts f = derive(s, flags);
        assertEquals(4, f.components);
        assertEquals(1, f.componentsDigitized);
        assertEquals(0, f.componentsReusedComponent);
        assertEquals(1, f.componentsReusedResult);
        assertEquals(1, f.componentsFromStore);
        assertArrayEquals(new String[] {"CCCD", "SOHK"}, f.paperDocuments, "a digitized scan is still paper");
        assertTrue(f.digitized && f.reused && f.fromStore);
        assertEquals(List.of(), flags, "the deleted digitized component without a file is not a finding");
    }

    @Test
    void aDigitizedComponentOrAResultWithoutItsFileIsFlaggedOnce() throws Exception {
        DossierSnapshot s = new DossierSnapshot();
        s.taiLieuNop = List.of(component("A", 1, " ", null, null, null), component("B", 1, null, null, null, null));
        s.danhSachGiayToKetQua = Arrays.asList(result("/kq.pdf"), result(null), result(""), null);
        List<String> flags = new ArrayList<>();
        DossierFacts f = derive(s, flags);
        assertEquals(2, f.componentsDigitized);
        assertEquals(1, f.eResults);
        assertTrue(f.eResult);
        assertEquals(List.of(QualityFlag.DIGITIZED_WITHOUT_FILE, QualityFlag.E_RESULT_WITHOUT_FILE), flags);
    }

    @Test
    void databasesAreASortedSetAndVneidBringsPopulationData() throws Exception {
        DossierSnapshot s = new DossierSnapshot();
        s.dsKetNoiCSDL = Arrays.asList(database(" CSDLQGDKDN"), database("CSDLQGBH"), database("CSDLQGBH"),
                database(""), null);
        DossierFacts f = derive(s, new ArrayList<>());
        assertArrayEquals(new String[] {"CSDLQGBH", "CSDLQGDKDN"}, f.databases);
        assertFalse(f.populationData);
        s.taiKhoanDuocXacThucVoiVNeID = 1;
        DossierFacts verified = derive(s, new ArrayList<>());
        assertTrue(verified.vneidVerified && verified.populationData);
        assertFalse(derive(new DossierSnapshot(), new ArrayList<>()).digitized, "nothing submitted, nothing digitized");
    }

    @Test
    void feesAddUpFreeOnesAreNotFeesAndAnOverflowRejectsTheRecord() throws Exception {
        DossierSnapshot s = new DossierSnapshot();
        s.danhSachLePhi = Arrays.asList(fee(50_000L), fee(0L), fee(null), fee(-5L), fee(25_000L), null);
        DossierFacts f = new DossierFacts();
        f.paymentChannel = 1;
        DossierContents.derive(s, f, new ArrayList<>());
        assertTrue(f.feeBearing && f.paidOnline);
        assertEquals(75_000, f.feeAmount);

        DossierSnapshot free = new DossierSnapshot();
        free.danhSachLePhi = List.of(fee(0L));
        DossierFacts offline = new DossierFacts();
        offline.paymentChannel = 3;
        DossierContents.derive(free, offline, new ArrayList<>());
        assertFalse(offline.feeBearing || offline.paidOnline);

        DossierSnapshot huge = new DossierSnapshot();
        huge.danhSachLePhi = List.of(fee(Long.MAX_VALUE - 10), fee(11L));
        InvalidRecordException e = assertThrows(InvalidRecordException.class,
                () -> DossierContents.derive(huge, new DossierFacts(), new ArrayList<>()));
        assertEquals(RejectReason.INVALID_VALUE, e.reason());
    }

    private static DossierFacts derive(DossierSnapshot s, List<String> flags) throws InvalidRecordException {
        DossierFacts f = new DossierFacts();
        DossierContents.derive(s, f, flags);
        return f;
    }

    private static DossierSnapshot.Component component(String code, Integer digitized, String file, Integer reused,
            Integer fromStore, Boolean deleted) {
        DossierSnapshot.Component c = new DossierSnapshot.Component();
        c.maThanhPhanHoSo = code;
        c.duocSoHoa = digitized;
        c.duongDanTaiTepTin = file;
        c.duocTaiSuDung = reused;
        c.duocLayTuKhoDMQG = fromStore;
        c.isDeleted = deleted;
        return c;
    }

    private static DossierSnapshot.Result result(String file) {
        DossierSnapshot.Result r = new DossierSnapshot.Result();
        r.duongDanTepTinKetQua = file;
        return r;
    }

    private static DossierSnapshot.DatabaseLink database(String code) {
        DossierSnapshot.DatabaseLink link = new DossierSnapshot.DatabaseLink();
        link.maCSDL = code;
        return link;
    }

    private static DossierSnapshot.Fee fee(Long amount) {
        DossierSnapshot.Fee f = new DossierSnapshot.Fee();
        f.gia = amount;
        return f;
    }
}
