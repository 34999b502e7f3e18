package vn.ioc.enrich;

import java.io.Serializable;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import vn.ioc.feed.Agency;

/**
 * The agency catalogue as the enrichment stage needs it: a unit's level, its province, and the unit that
 * carries its dossiers today. Successor chains follow the 2025 reform (district abolished, communes and provinces
 * merged): a historical dossier stays with the unit that handled it and also rolls up to that unit's current
 * successor. Small (thousands of units), so every task holds a copy; chains are resolved once, when the directory
 * is built, so a dossier's lookups are plain map reads. Immutable: a catalogue change makes a new directory
 * ({@link #with}), and {@link #changedFrom} says which units it resolves differently, so that the rows that used
 * them can be derived again.
 */
public final class AgencyDirectory implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final int MAX_CHAIN = 32;

    /** What the catalogue says of each unit, from which {@link #byCode} is resolved. */
    private final Map<String, Entry> entries;
    private final Map<String, Resolved> byCode;

    private record Entry(int level, String parent, String successor, boolean current) implements Serializable {}

    private record Resolved(int level, String province, String currentSuccessor, String[] rollupUnits)
            implements Serializable {
        boolean sameAs(Resolved o) {
            return o != null && level == o.level && province.equals(o.province)
                    && currentSuccessor.equals(o.currentSuccessor) && Arrays.equals(rollupUnits, o.rollupUnits);
        }
    }

    private AgencyDirectory(Map<String, Entry> entries) {
        this.entries = entries;
        Map<String, Resolved> resolved = new HashMap<>();
        entries.forEach((code, e) -> resolved.put(code, new Resolved(e.level, province(entries, code),
                currentSuccessor(entries, code), rollupUnits(entries, code))));
        this.byCode = resolved;
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

    /** This directory with the given catalogue rows added or replacing the units of the same code. */
    public AgencyDirectory with(Iterable<AgencyRow> rows) {
        Map<String, Entry> map = new HashMap<>(entries);
        for (AgencyRow r : rows) {
            map.put(r.code, entry(r));
        }
        return new AgencyDirectory(map);
    }

    /** Whether a catalogue row says nothing new of its unit: adding it would resolve every unit as before. */
    public boolean knows(AgencyRow row) {
        return entry(row).equals(entries.get(row.code));
    }

    /** The units this directory resolves differently from {@code before} (level, province, successor, rollups). */
    public Set<String> changedFrom(AgencyDirectory before) {
        Set<String> changed = new HashSet<>();
        byCode.forEach((code, r) -> {
            if (!r.sameAs(before.byCode.get(code))) {
                changed.add(code);
            }
        });
        before.byCode.keySet().stream().filter(code -> !byCode.containsKey(code)).forEach(changed::add);
        return changed;
    }

    private static Entry entry(AgencyRow r) {
        return new Entry(r.level, blankToNull(r.parentCode), blankToNull(r.successorCode), r.validToDay == null);
    }

    public boolean contains(String code) {
        return byCode.containsKey(code);
    }

    /** 1 provincial, 2 district, 3 commune, 0 when the unit is not in the catalogue. */
    public int level(String code) {
        Resolved r = byCode.get(code);
        return r == null ? 0 : r.level;
    }

    /** The top of the unit's parent chain (the province), or "" when unknown. */
    public String province(String code) {
        Resolved r = byCode.get(code);
        return r == null ? "" : r.province;
    }

    /**
     * The currently valid unit that took over this one's dossiers: itself when still valid, otherwise the end of
     * its successor chain. A broken chain (a successor missing from the catalogue) ends at the last known unit.
     */
    public String currentSuccessor(String code) {
        Resolved r = byCode.get(code);
        return r == null ? code : r.currentSuccessor;
    }

    /**
     * Every unit whose figures include this unit's dossiers: itself, its parents up to the province, and along the
     * successor chain (a merged or abolished unit's dossiers also count for the unit that took it over) the
     * successors and their parents. A set, so a dossier reaching a unit by two paths counts once there.
     */
    public String[] rollupUnits(String code) {
        Resolved r = byCode.get(code);
        return r == null ? new String[] {code} : r.rollupUnits.clone();
    }

    /**
     * The closure of a unit over two links: its successor chain (the unit that took over its own dossiers, and so on)
     * and, from every unit on that chain, the parent chain. A parent's successor is followed only when it is a merger
     * (the successor is of the parent's level, as a province merged into a province): an abolished district's
     * successor is one new commune, which takes over the district's own desk, while the district's communes carry
     * their dossiers to successors of their own. Following it would count those communes' dossiers twice among
     * today's communes, which would then no longer add up to the province (docs/indicators.md, edge case 7).
     */
    private static String[] rollupUnits(Map<String, Entry> byCode, String code) {
        Set<String> units = new TreeSet<>();
        Set<String> ownChain = new HashSet<>();
        ArrayDeque<String> todo = new ArrayDeque<>(List.of(code));
        ownChain.add(code);
        while (!todo.isEmpty() && units.size() <= MAX_CHAIN) {
            String at = todo.poll();
            if (!units.add(at)) {
                continue;
            }
            Entry e = byCode.get(at);
            if (e == null) {
                continue;
            }
            if (e.parent != null) {
                todo.add(e.parent);
            }
            Entry successor = e.successor == null ? null : byCode.get(e.successor);
            boolean merger = successor == null || successor.level == e.level;
            if (e.successor != null && (ownChain.contains(at) || merger)) {
                if (ownChain.contains(at)) {
                    ownChain.add(e.successor);
                }
                todo.add(e.successor);
            }
        }
        return units.toArray(new String[0]);
    }

    private static String province(Map<String, Entry> byCode, String code) {
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

    private static String currentSuccessor(Map<String, Entry> byCode, String code) {
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
