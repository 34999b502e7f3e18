package vn.ioc.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.ioc.feed.Agency;

class AgencyDirectoryTest {

    private static Agency agency(String code, int level, String parent, String to, String successor) {
        Agency a = new Agency();
        a.maDonVi = code;
        a.capDonVi = level;
        a.maDonViCha = parent;
        a.hieuLucTu = "20200101";
        a.hieuLucDen = to;
        a.maDonViKeThua = successor;
        return a;
    }

    private final AgencyDirectory dir = AgencyDirectory.of(List.of(
            agency("P-OLD", 1, null, "20250630", "P-NEW"),
            agency("P-NEW", 1, null, null, null),
            agency("D", 2, "P-OLD", "20250630", "C-NEW"),
            agency("C-OLD", 3, "D", "20250630", "C-MID"),
            agency("C-MID", 3, "P-NEW", "20260101", "C-NEW"),
            agency("C-NEW", 3, "P-NEW", null, null),
            agency("LOOP-A", 3, "D", "20250630", "LOOP-B"),
            agency("LOOP-B", 3, "D", "20250630", "LOOP-A"),
            agency("BROKEN", 3, "D", "20250630", "MISSING")));

    @Test
    void rollsHistoricalUnitsUpToTodaysSuccessor() {
        assertEquals("C-NEW", dir.currentSuccessor("C-OLD"), "a chain of two mergers");
        assertEquals("C-NEW", dir.currentSuccessor("D"), "an abolished district");
        assertEquals("C-NEW", dir.currentSuccessor("C-NEW"));
        assertEquals("MISSING", dir.currentSuccessor("BROKEN"));
        assertEquals("UNKNOWN", dir.currentSuccessor("UNKNOWN"));
        // a cycle in bad catalogue data must end, not hang
        dir.currentSuccessor("LOOP-A");
    }

    @Test
    void levelsAndProvinces() {
        assertEquals(3, dir.level("C-OLD"));
        assertEquals(0, dir.level("UNKNOWN"));
        assertEquals("P-OLD", dir.province("C-OLD"));
        assertEquals("P-NEW", dir.province("C-NEW"));
        assertEquals("P-NEW", dir.province("P-NEW"));
        assertEquals("", dir.province("UNKNOWN"));
    }
}
