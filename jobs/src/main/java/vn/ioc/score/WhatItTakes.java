package vn.ioc.score;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * What lifts a unit to the next band, indicator by indicator: the fewest more dossiers (or procedures, petitions,
 * publications: whatever the indicator counts) that, with everything else unchanged, bring the total to the next
 * band's threshold. Found by search over the real scoring, so caps, thresholds and the portal's rounding all hold.
 */
public final class WhatItTakes {
    /** {@code more} is null when this indicator alone cannot reach the next band. */
    public record Option(String unit, String indicator, BigDecimal numerator, BigDecimal denominator, Long more,
            BigDecimal totalAfter, BigDecimal nextThreshold) {}

    private final Scorecard scorecard;

    public WhatItTakes(Scorecard scorecard) {
        this.scorecard = scorecard;
    }

    /** Options for one unit's inputs, cheapest first; empty when the unit has no total or is already excellent. */
    public List<Option> forUnit(List<Scorecard.Input> inputs) {
        BigDecimal total = scorecard.total(inputs);
        if (total == null) {
            return List.of();
        }
        BigDecimal threshold = Band.of(total).nextThreshold();
        if (threshold == null) {
            return List.of();
        }
        List<Option> out = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            Scorecard.Input in = inputs.get(i);
            if (in.numerator() == null || in.denominator() == null || in.denominator().signum() == 0
                    || in.numerator().compareTo(in.denominator()) >= 0) {
                continue;
            }
            long room = in.denominator().subtract(in.numerator()).longValueExact();
            BigDecimal best = totalWith(inputs, i, room);
            if (best.compareTo(threshold) < 0) {
                out.add(new Option(in.unit(), in.indicator(), in.numerator(), in.denominator(), null, best, threshold));
                continue;
            }
            long low = 1;
            long high = room;
            while (low < high) {
                long mid = low + (high - low) / 2;
                if (totalWith(inputs, i, mid).compareTo(threshold) >= 0) {
                    high = mid;
                } else {
                    low = mid + 1;
                }
            }
            out.add(new Option(in.unit(), in.indicator(), in.numerator(), in.denominator(), low,
                    totalWith(inputs, i, low), threshold));
        }
        out.sort(Comparator.comparing((Option o) -> o.more() == null ? Long.MAX_VALUE : o.more())
                .thenComparing(Option::indicator));
        return out;
    }

    private BigDecimal totalWith(List<Scorecard.Input> inputs, int index, long more) {
        List<Scorecard.Input> changed = new ArrayList<>(inputs);
        Scorecard.Input in = inputs.get(index);
        changed.set(index, new Scorecard.Input(in.unit(), in.indicator(), in.numerator().add(BigDecimal.valueOf(more)),
                in.denominator()));
        return scorecard.total(changed);
    }
}
