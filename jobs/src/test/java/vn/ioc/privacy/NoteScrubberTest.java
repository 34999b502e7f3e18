package vn.ioc.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;

class NoteScrubberTest {

    @Test
    void ordinaryNotesAreKept() {
        for (String note : new String[] {"Tiếp nhận hồ sơ", "Phê duyệt", "Thẩm định", "Ký duyệt", "Chuyển xử lý",
            "Trả kết quả", "Yêu cầu bổ sung giấy tờ", ""}) {
            assertEquals(note, NoteScrubber.scrub(note));
        }
    }

    @Test
    void namesIdsPhonesDatesAndMailsAreTakenOut() {
        String note = "Đã gọi bà Lý Thị Yến, CCCD 052 047 973 856 (cũ 052.047.973), sinh ngày 12/05/1985, sđt"
                + " 0905-123-456, mail yen.ly@example.vn; hẹn anh Bình ngày 2023-05-20. MST 4100259564-001";
        String out = NoteScrubber.scrub(note);
        for (String secret : new String[] {"Lý", "Yến", "052", "047", "973", "856", "12/05/1985", "1985", "0905",
            "123", "456", "yen.ly", "example.vn", "Bình", "2023-05-20", "4100259564"}) {
            assertFalse(out.contains(secret), secret + " left in " + out);
        }
        assertEquals("Đã gọi bà ***, CCCD *** (cũ ***), sinh ngày ***, sđt ***, mail ***; hẹn anh *** ngày ***."
                + " MST ***", out);
    }

    @Test
    void aDecomposedNameIsTakenOutToo() {
        String nfd = Normalizer.normalize("ông Nguyễn Văn An", Normalizer.Form.NFD);
        assertEquals(Normalizer.normalize("ông ", Normalizer.Form.NFD) + "***", NoteScrubber.scrub(nfd));
    }
}
