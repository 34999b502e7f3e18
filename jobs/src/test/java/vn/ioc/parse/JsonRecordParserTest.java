package vn.ioc.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import vn.ioc.feed.DossierSnapshot;

class JsonRecordParserTest {
    private final JsonRecordParser<DossierSnapshot> parser = new JsonRecordParser<>(DossierSnapshot.class);

    @Test
    void readsTheFeedShapeAndIgnoresUnknownFields() throws Exception {
        DossierSnapshot s = parser.parse(bytes("{\"MaHoSo\":\"A-1\",\"KenhThucHien\":2,\"ChuHoSo\":\"Trần Thị B\","
                + "\"TaiLieuNop\":[{\"MaThanhPhanHoSo\":\"GT01\",\"DuocSoHoa\":1,\"DuocTaiSuDung\":2}]}"));
        assertEquals("A-1", s.maHoSo);
        assertEquals(2, s.kenhThucHien);
        assertEquals(2, s.taiLieuNop.get(0).duocTaiSuDung);
    }

    @Test
    void classifiesEveryKindOfBadInput() {
        assertReason(RejectReason.MALFORMED_JSON, bytes("{\"MaHoSo\":\"A-1\",\"KenhThucHien\":2"));
        assertReason(RejectReason.MALFORMED_JSON, bytes("{\"MaHoSo\":\"A-1\"} trailing"));
        assertReason(RejectReason.MALFORMED_JSON, bytes("{MaHoSo:1}"));
        assertReason(RejectReason.NOT_AN_OBJECT, bytes("[{\"MaHoSo\":\"A-1\"}]"));
        assertReason(RejectReason.NOT_AN_OBJECT, bytes("\"text\""));
        assertReason(RejectReason.NOT_AN_OBJECT, bytes("42"));
        assertReason(RejectReason.WRONG_TYPE, bytes("{\"KenhThucHien\":\"2\"}"));
        assertReason(RejectReason.WRONG_TYPE, bytes("{\"TaiLieuNop\":{\"a\":1}}"));
        assertReason(RejectReason.WRONG_TYPE, bytes("{\"MaHoSo\":{\"x\":1}}"));
        assertReason(RejectReason.INVALID_UTF8,
                new byte[] {'{', '"', 'M', 'a', 'H', 'o', 'S', 'o', '"', ':', '"', (byte) 0xC3, 0x28, '"', '}'});
    }

    @Test
    void aFractionWhereACodeIsAnIntegerIsAWrongTypeNotATruncatedCode() {
        assertReason(RejectReason.WRONG_TYPE, bytes("{\"KenhThucHien\":2.7}"));
        assertReason(RejectReason.WRONG_TYPE, bytes("{\"TrangThaiHoSo\":9.99}"));
        assertReason(RejectReason.WRONG_TYPE, bytes("{\"DanhSachLePhi\":[{\"Gia\":1.5}]}"));
    }

    @Test
    void aNumberBeyondItsFieldIsAnInvalidValueNamingTheFieldAndNotTheNumber() {
        InvalidRecordException e = assertThrows(InvalidRecordException.class,
                () -> parser.parse(bytes("{\"KenhThucHien\":99999999999}")));
        assertEquals(RejectReason.INVALID_VALUE, e.reason());
        assertEquals("KenhThucHien: a number out of the range of its field", e.getMessage());
    }

    @Test
    void aRejectionDetailNamesTheFieldButNeverRepeatsTheValue() {
        for (String line : new String[] {"{\"KenhThucHien\":\"Lý Thị Yến\"}", "{\"MaHoSo\":Lý Thị Yến}",
            "{\"KenhThucHien\":052047973856}", "{\"TaiLieuNop\":\"Lý Thị Yến\"}"}) {
            InvalidRecordException e = assertThrows(InvalidRecordException.class, () -> parser.parse(bytes(line)));
            org.junit.jupiter.api.Assertions.assertFalse(e.getMessage().contains("Lý")
                    || e.getMessage().contains("Yến") || e.getMessage().contains("052047973856"), e.getMessage());
        }
    }

    @Test
    void textIsNormalizedToNfc() throws Exception {
        String composed = "Cấp đổi giấy phép lái xe";
        String decomposed = java.text.Normalizer.normalize(composed, java.text.Normalizer.Form.NFD);
        org.junit.jupiter.api.Assertions.assertNotEquals(composed, decomposed);
        DossierSnapshot s = parser.parse(bytes("{\"TenTTHC\":\"" + decomposed + "\",\"DSKetNoiCSDL\":[{\"MaCSDL\":\""
                + decomposed + "\"}]}"));
        assertEquals(composed, s.tenTTHC);
        assertEquals(composed, s.dsKetNoiCSDL.get(0).maCSDL);
    }

    private void assertReason(RejectReason expected, byte[] payload) {
        InvalidRecordException e = assertThrows(InvalidRecordException.class, () -> parser.parse(payload));
        assertEquals(expected, e.reason(), e.getMessage());
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
