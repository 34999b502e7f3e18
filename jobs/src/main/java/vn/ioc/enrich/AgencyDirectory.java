package vn.ioc.enrich;

import java.io.Serializable;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.ioc.feed.Agency;

/**
 * The agency catalogue as the enrichment stage needs it: a unit's level, its province, and the unit that
 * carries its dossiers today. Successor chains follow the 2025 reform (district abolished, communes and provinces
 * merged): a historical dossier stays with the unit that handled it and also rolls up to that unit's current
 * successor. Small (thousands of units), so every task holds a copy.
 */
public final class AgencyDirectory implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final int MAX_CHAIN = 32;

    private final Map<String, Entry> byCode;

    private record Entry(int level, String parent, String successor, boolean current) implements Serializable {}

    private AgencyDirectory(Map<String, Entry> byCode) {
        this.byCode = byCode;
    }

    public static AgencyDirectory of(List<Agency> agencies) {
        Map<String, Entry> map = new HashMap<>();
        for (Agency a : agencies) {
            if (a.maDonVi == null || a.maDonVi.isBlank()) {
                continue;
            }
            map.put(a.maDonVi.strip(), new Entry(
                    a.capDonVi == null ? 0 : a.capDonVi,
                    blankToNull(a.maDonViCha),
                    blankToNull(a.maDonViKeThua),
                    a.hieuLucDen == null || a.hieuLucDen.isBlank()));
        }
        return new AgencyDirectory(map);
    }

    public static AgencyDirectory empty() {
        return new AgencyDirectory(Map.of());
    }

    public boolean contains(String code) {
        return byCode.containsKey(code);
    }

    /** 1 provincial, 2 district, 3 commune, 0 when the unit is not in the catalogue. */
    public int level(String code) {
        Entry e = byCode.get(code);
        return e == null ? 0 : e.level;
    }

    /** The top of the unit's parent chain (the province), or "" when unknown. */
    public String province(String code) {
        String at = code;
        Set<String> seen = new HashSet<>();
        while (at != null && seen.add(at) && seen.size() <= MAX_CHAIN) {
            Entry e = byCode.get(at);
            if (e == null) {
                return at.equals(code) ? "" : at;
            }
            if (e.parent == null) {
                return at;
            }
            at = e.parent;
        }
        return "";
    }

    /**
     * The currently valid unit that took over this one's dossiers: itself when still valid, otherwise the end of
     * its successor chain. A broken chain (a successor missing from the catalogue) ends at the last known unit.
     */
    public String currentSuccessor(String code) {
        String at = code;
        Set<String> seen = new HashSet<>();
        while (seen.add(at) && seen.size() <= MAX_CHAIN) {
            Entry e = byCode.get(at);
            if (e == null || e.current || e.successor == null) {
                return at;
            }
            at = e.successor;
        }
        return at;
    }

    public int size() {
        return byCode.size();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
