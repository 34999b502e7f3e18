package vn.ioc.score;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Scores one set of indicator inputs under one rule version: each indicator's points, each complete group's sum
 * (a group is complete when every indicator of it is given; a null counts as 0), and when all six groups are
 * complete the total out of 100 and its band.
 */
public final class Scorecard {

    /** One indicator input of one unit; a null numerator or denominator is unknown. */
    public record Input(String unit, String indicator, BigDecimal numerator, BigDecimal denominator) {}

    /** One output row: an indicator, a group, TOTAL or BAND, with its score (null prints as empty). */
    public record Row(String unit, String code, String score) {}

    private final Map<String, ScoreRule> rules;

    public Scorecard(Map<String, ScoreRule> rules) {
        this.rules = rules;
    }

    /** Rows per unit in the order units first appear: the inputs in their order, then groups, total and band. */
    public List<Row> score(List<Input> inputs) {
        Map<String, List<Input>> byUnit = new LinkedHashMap<>();
        for (Input in : inputs) {
            ScoreRule rule = rules.get(in.indicator());
            if (rule == null) {
                throw new IllegalArgumentException("unknown indicator " + in.indicator() + " for unit " + in.unit()
                        + " (known: " + rules.keySet() + ")");
            }
            List<Input> unitInputs = byUnit.computeIfAbsent(in.unit(), u -> new ArrayList<>());
            if (unitInputs.stream().anyMatch(i -> i.indicator().equals(in.indicator()))) {
                throw new IllegalArgumentException("indicator " + in.indicator() + " given twice for unit " + in.unit());
            }
            unitInputs.add(in);
        }
        List<Row> out = new ArrayList<>();
        byUnit.forEach((unit, unitInputs) -> out.addAll(scoreUnit(unit, unitInputs)));
        return out;
    }

    private List<Row> scoreUnit(String unit, List<Input> inputs) {
        List<Row> out = new ArrayList<>();
        Map<Group, BigDecimal> sums = new EnumMap<>(Group.class);
        Map<Group, Integer> given = new EnumMap<>(Group.class);
        for (Input in : inputs) {
            ScoreRule rule = rules.get(in.indicator());
            BigDecimal points = rule.score(in.numerator(), in.denominator());
            out.add(new Row(unit, in.indicator(), format(points)));
            sums.merge(rule.group(), points == null ? BigDecimal.ZERO : points, BigDecimal::add);
            given.merge(rule.group(), 1, Integer::sum);
        }
        BigDecimal total = BigDecimal.ZERO;
        int completeGroups = 0;
        for (Group g : Group.values()) {
            long required = rules.values().stream().filter(r -> r.group() == g).count();
            if (given.getOrDefault(g, 0) == required) {
                BigDecimal sum = ScoreRule.round(sums.get(g));
                out.add(new Row(unit, g.code(), format(sum)));
                total = total.add(sum);
                completeGroups++;
            }
        }
        if (completeGroups == Group.values().length) {
            out.add(new Row(unit, "TOTAL", format(total)));
            out.add(new Row(unit, "BAND", Band.of(total).english()));
        }
        return out;
    }

    /** A unit's total, or null when one of its groups is incomplete. */
    public BigDecimal total(List<Input> unitInputs) {
        for (Row r : score(unitInputs)) {
            if (r.code().equals("TOTAL")) {
                return new BigDecimal(r.score());
            }
        }
        return null;
    }

    static String format(BigDecimal v) {
        return v == null ? "" : ScoreRule.round(v).toPlainString();
    }
}
