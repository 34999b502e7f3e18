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

    /**
     * Edge case 7 (docs/indicators.md): district D is abolished into the new commune C1; its communes c1 and c2 go to
     * C1 and C2. One dossier at each of D, c1 and c2: today's communes C1 and C2 carry 2 and 1, which add up to the
     * province's 3; following the district's successor from its communes would give C1 all three.
     */
    @Test
    void todaysCommunesAddUpToTheProvinceAfterADistrictIsAbolished() {
        AgencyDirectory reform = AgencyDirectory.of(List.of(
                agency("P", 1, null, null, null),
                agency("D", 2, "P", "20250630", "C1"),
                agency("c1", 3, "D", "20250630", "C1"),
                agency("c2", 3, "D", "20250630", "C2"),
                agency("C1", 3, "P", null, null),
                agency("C2", 3, "P", null, null)));
        java.util.Map<String, Integer> dossiers = new java.util.TreeMap<>();
        for (String handledBy : List.of("D", "c1", "c2")) {
            for (String unit : reform.rollupUnits(handledBy)) {
                dossiers.merge(unit, 1, Integer::sum);
            }
        }
        assertEquals(2, dossiers.get("C1"));
        assertEquals(1, dossiers.get("C2"));
        assertEquals(3, dossiers.get("P"));
        assertEquals(dossiers.get("P"), dossiers.get("C1") + dossiers.get("C2"), "today's communes add up");
        assertEquals(List.of("C1", "D", "P", "c1"), List.of(reform.rollupUnits("c1")), "c1 keeps its history");
    }

    /** A province merged into another passes every unit below it on: a merger at the parent's level is followed. */
    @Test
    void aMergedProvinceCarriesItsUnitsToTheNewProvince() {
        assertEquals(List.of("C-MID", "C-NEW", "C-OLD", "D", "P-NEW", "P-OLD"), List.of(dir.rollupUnits("C-OLD")));
        assertEquals(List.of("C-NEW", "D", "P-NEW", "P-OLD"), List.of(dir.rollupUnits("D")));
    }
}
