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
    void showsInvalidBytesAsReplacementCharacters() {
        assertEquals("{\"a\":\"\uFFFD(\"}",
                scrubber.scrub(new byte[] {'{', '"', 'a', '"', ':', '"', (byte) 0xC3, 0x28, '"', '}'}));
    }
}
