package vn.ioc.enrich;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.ioc.feed.CitizenRecord;
import vn.ioc.feed.EnterpriseRecord;
import vn.ioc.parse.InvalidRecordException;
import vn.ioc.parse.JsonRecordParser;
import vn.ioc.parse.RejectReason;
import vn.ioc.privacy.PseudonymKey;
import vn.ioc.privacy.Pseudonymizer;

class RegistryRowMappersTest {
    private static final Pseudonymizer PSEUDO = new Pseudonymizer(PseudonymKey.of("unit-test-key-0123456789"));

    private static RegistryRow enterprise(String fields) throws InvalidRecordException {
        return RegistryRowMappers.businessRegistry(PSEUDO).map(new JsonRecordParser<>(EnterpriseRecord.class).parse(
                ("{\"MaSoDoanhNghiep\":\"4100258987\",\"TrangThaiHoatDong\":1,\"LoaiThayDoi\":1,"
                        + "\"ThoiDiemCapNhat\":\"20230105080000\"," + fields + "}").getBytes(StandardCharsets.UTF_8)));
    }

    private static RegistryRow citizen(String fields) throws InvalidRecordException {
        return RegistryRowMappers.population(PSEUDO).map(new JsonRecordParser<>(CitizenRecord.class).parse(
                ("{\"SoDinhDanh\":\"052203001234\",\"LoaiThayDoi\":1,\"ThoiDiemCapNhat\":\"20230105080000\","
                        + fields + "}").getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void anEnterpriseFoundedLongAgoIsKeptWithItsDate() throws Exception {
        RegistryRow old = enterprise("\"NgayThanhLap\":\"19560301\"");
        assertEquals(LocalDate.of(1956, 3, 1).toEpochDay(), old.since);
        assertArrayEquals(new String[0], old.qualityFlags);
    }

    @Test
    void impossibleOptionalValuesAreEmptiedWithAFinding() throws Exception {
        RegistryRow typo = enterprise("\"NgayThanhLap\":\"18990101\"");
        assertEquals(0, typo.since);
        assertArrayEquals(new String[] {"EMPTIED:NgayThanhLap"}, typo.qualityFlags);
        RegistryRow person = citizen("\"NamSinh\":-1,\"TrangThai\":300");
        assertEquals(0, person.since);
        assertEquals(0, person.status);
        assertArrayEquals(new String[] {"EMPTIED:TrangThai", "EMPTIED:NamSinh"}, person.qualityFlags);
        assertEquals(1987, citizen("\"NamSinh\":1987").since);
    }

    @Test
    void aChangeTimeInTheFutureWouldWinOverEveryCorrectionSoItIsRejected() {
        InvalidRecordException e = assertThrows(InvalidRecordException.class,
                () -> citizen("\"ThoiDiemCapNhat\":\"20990105080000\""));
        assertEquals(RejectReason.INVALID_TIMESTAMP, e.reason());
    }
}
