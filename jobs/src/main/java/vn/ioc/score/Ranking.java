package vn.ioc.score;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Ranks units by their 766 total as the national portal does: provinces among the country's provinces, and every
 * other unit among the units of its level in its province. Only units that existed in the period take part (a
 * province merged in 2025 ranks for 2023, its successor from July 2025), so no unit is ranked twice through the
 * successor that also carries its history. Equal totals share a rank and the next rank skips (1, 2, 2, 4).
 */
public final class Ranking {

    /** A unit as the agency catalogue describes it, with whether it existed in the period ranked. */
    public record Unit(String code, int level, String province, boolean inPeriod) {
        boolean isProvince() {
            return code.equals(province);
        }

        /** The scope it is ranked in: the country for a province, otherwise its province and level. */
        String scope() {
            return isProvince() ? "national" : province + "/" + level;
        }
    }

    /** One unit's place: the scope it was ranked in, its rank and the number of units ranked there. */
    public record Place(String unit, String scope, BigDecimal total, Band band, int rank, int of) {}

    private Ranking() {}

    /** The places of the units that have a total and existed in the period, in scope order then rank. */
    public static List<Place> rank(Map<String, BigDecimal> totals, Map<String, Unit> units) {
        Map<String, List<String>> byScope = new LinkedHashMap<>();
        totals.keySet().stream().sorted().forEach(code -> {
            Unit u = units.get(code);
            if (u != null && u.inPeriod()) {
                byScope.computeIfAbsent(u.scope(), s -> new ArrayList<>()).add(code);
            }
        });
        List<Place> places = new ArrayList<>();
        byScope.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(scope -> {
            List<String> codes = new ArrayList<>(scope.getValue());
            codes.sort(Comparator.comparing((String c) -> totals.get(c)).reversed().thenComparing(c -> c));
            int rank = 0;
            BigDecimal previous = null;
            for (int i = 0; i < codes.size(); i++) {
                BigDecimal total = totals.get(codes.get(i));
                if (previous == null || total.compareTo(previous) != 0) {
                    rank = i + 1;
                }
                previous = total;
                places.add(new Place(codes.get(i), scope.getKey(), total, Band.of(total), rank, codes.size()));
            }
        });
        return places;
    }
}
