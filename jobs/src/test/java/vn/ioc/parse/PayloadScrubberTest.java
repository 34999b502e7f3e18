package vn.ioc.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import vn.ioc.privacy.PseudonymKey;
import vn.ioc.privacy.Pseudonymizer;

class PayloadScrubberTest {
    private final Pseudonymizer pseudonymizer = new Pseudonymizer(PseudonymKey.of("unit-test-key-0123456789"));
    private final PayloadScrubber scrubber = new PayloadScrubber(pseudonymizer);

    @Test
    void replacesIdentifiersAndBlanksPersonalFields() {
        String raw = "{\"MaHoSo\":\"X\",\"SoGiayToChuHoSo\":\"052203001234\",\"ChuHoSo\":\"Nguyễn Văn An\","
                + "\"SoDienThoaiChuHoSo\":\"0905123456\",\"EmailChuHoSo\":\"an@example.vn\",\"NgayTiepNhan\":\"20230105080000\","
                + "\"note\":\"mst 4100259564-001, mail a.b@c.vn\"";
        String out = scrubber.scrub(raw.getBytes(StandardCharsets.UTF_8));
        for (String secret : new String[] {"052203001234", "Nguyễn", "0905123456", "an@example.vn", "4100259564",
            "a.b@c.vn"}) {
            assertFalse(out.contains(secret), secret + " left in " + out);
        }
        assertTrue(out.contains("#" + pseudonymizer.pseudonymize("052203001234")), out);
        assertTrue(out.contains("\"20230105080000\""), "timestamps are kept: " + out);
        assertTrue(out.contains("\"ChuHoSo\":\"***\""), out);
    }

    @Test
    void keepsOnlyAllowListedFieldsWhateverTheKeysShapeOrSpacing() {
        String raw = "{\"MaHoSo\":\"H-1\",\"TrangThaiHoSo\":-1,\"HoTen\":\"Lý Thị Yến\",\"TenCongDan\":\"Trần Văn Bình\","
                + "\"ChuHoSo\":{\"HoVaTen\":\"Phạm Thị Cúc\",\"SoDinhDanh\":\"052 047 973 856\",\"Tuoi\":41},"
                + "\"SoGiayToChuHoSo\":\"052.047.973.856\",\"GhiChu\":\"gọi 0905 123 456\",\"NamSinh\":1985,"
                + "\"DanhSach\":[\"Đỗ Văn Dũng\", 12345],\"NgayTiepNhan\":\"20230105080000\",\"NgayTra\":\"Ngô Thị Hà\","
                + "\"KenhThucHien\":\"Vũ An\"}";
        String out = scrubber.scrub(raw.getBytes(StandardCharsets.UTF_8));
        for (String secret : new String[] {"Lý", "Yến", "Trần", "Phạm", "Cúc", "052", "047", "973", "856", "0905",
            "1985", "Dũng", "41", "12345", "Ngô", "Vũ"}) {
            assertFalse(out.contains(secret), secret + " left in " + out);
        }
        String pseudonym = "#" + pseudonymizer.pseudonymize("052047973856");
        assertTrue(out.contains("\"SoGiayToChuHoSo\":\"" + pseudonym + "\""), out);
        assertTrue(out.contains("\"SoDinhDanh\":\"" + pseudonym + "\""), "an id inside an object: " + out);
        assertTrue(out.contains("\"MaHoSo\":\"H-1\"") && out.contains("\"TrangThaiHoSo\":-1")
                && out.contains("\"NgayTiepNhan\":\"20230105080000\""), "safe fields stay for the operator: " + out);
        assertTrue(out.contains("\"HoTen\":\"***\""), out);
    }

    @Test
    void brokenJsonIsMaskedToo() {
        String out = scrubber.scrub("{\"MaHoSo\":\"H-2\",\"HoTen\":\"Lý Thị Yến 052047973856\", Nguyễn Văn An, \"Ghi"
                .getBytes(StandardCharsets.UTF_8));
        for (String secret : new String[] {"Lý", "Yến", "052047973856", "Nguyễn", "An"}) {
            assertFalse(out.contains(secret), secret + " left in " + out);
        }
        assertTrue(out.startsWith("{\"MaHoSo\":\"H-2\""), out);
        assertEquals("\"***\" \"***\"", scrubber.scrub("Lý Yến".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void theKeptHeadOfAnOversizedLineStaysAsLongAsItWas() {
        String head = "{\"MaHoSo\":\"H-3\",\"TenTTHC\":\"" + "x".repeat(100);
        assertEquals(head, scrubber.scrub(head.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void showsInvalidBytesAsReplacementCharacters() {
        assertEquals("{\"MaHoSo\":\"\uFFFD(\"}",
                scrubber.scrub(new byte[] {'{', '"', 'M', 'a', 'H', 'o', 'S', 'o', '"', ':', '"', (byte) 0xC3, 0x28, '"', '}'}));
    }
}
