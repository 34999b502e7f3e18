package vn.ioc.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class TimestampsTest {

    @Test
    void parsesVietnamTime() throws Exception {
        assertEquals(Instant.parse("2023-01-05T01:00:00Z").getEpochSecond(),
                Timestamps.required("NgayTiepNhan", "20230105080000"));
        assertNull(Timestamps.optional("NgayTra", null));
        assertNull(Timestamps.optional("NgayTra", ""));
        assertEquals(19_362L, Timestamps.optionalDate("HieuLucTu", "20230105"));
    }

    @Test
    void rejectsImpossibleTimes() {
        for (String bad : new String[] {"20231345080000", "20230230080000", "20230105250000", "2023010508000",
                "2023-01-05 08:00", "00010105080000", "99990105080000", "2023010508000a"}) {
            InvalidRecordException e = assertThrows(InvalidRecordException.class,
                    () -> Timestamps.required("NgayTiepNhan", bad), bad);
            assertEquals(RejectReason.INVALID_TIMESTAMP, e.reason());
        }
        InvalidRecordException missing =
                assertThrows(InvalidRecordException.class, () -> Timestamps.required("ThoiDiemXuLy", null));
        assertEquals(RejectReason.MISSING_FIELD, missing.reason());
    }
}
