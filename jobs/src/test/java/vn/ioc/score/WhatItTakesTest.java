package vn.ioc.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WhatItTakesTest {
    private final Map<String, ScoreRule> rules = RuleTable.load().version(null);
    private final Scorecard scorecard = new Scorecard(rules);

    /**
     * A unit at 79.46 points (fair) needs 0.54 more: ON_TIME at 20 × 900/1000 = 18.00 needs 27 more dossiers on time
     * (18.54), 26 are not enough; REUSED_DIGITIZED_DATA (full at 80 %) can give 0.5 at most, not enough alone.
     */
    @Test
    void fewestMoreDossiersThatReachTheNextBand() {
        List<Scorecard.Input> inputs = new ArrayList<>();
        for (String indicator : rules.keySet()) {
            inputs.add(switch (indicator) {
                case "ON_TIME" -> in(indicator, 900, 1000);
                case "REUSED_DIGITIZED_DATA" -> in(indicator, 600, 1000);
                case "ONLINE_DOSSIERS" -> in(indicator, 10, 1000);
                default -> in(indicator, 1, 1);
            });
        }
        BigDecimal total = scorecard.total(inputs);
        // every indicator full except ON_TIME (-2), REUSED (2 × 0.6/0.8 = 1.5: -0.5), ONLINE_DOSSIERS (6 × 0.01/0.5
        // = 0.12: -5.88), ELECTRONIC_CERTIFIED_COPY as given
        assertEquals(new BigDecimal("91.62"), total);
        assertEquals(List.of(), new WhatItTakes(scorecard).forUnit(inputs), "excellent has no next band");

        inputs.set(indexOf(inputs, "PUBLISH_ON_TIME"), in("PUBLISH_ON_TIME", 0, 1));
        inputs.set(indexOf(inputs, "PUBLIC_UPDATE_ON_TIME"), in("PUBLIC_UPDATE_ON_TIME", 1, 2));
        inputs.set(indexOf(inputs, "PAYMENT_A"), in("PAYMENT_A", 1, 2));
        assertEquals(new BigDecimal("80.62"), scorecard.total(inputs));
        inputs.set(indexOf(inputs, "DOSSIER_SYNC"), in("DOSSIER_SYNC", 4_840, 6_000));
        BigDecimal fair = scorecard.total(inputs);
        assertEquals(new BigDecimal("79.46"), fair);

        List<WhatItTakes.Option> options = new WhatItTakes(scorecard).forUnit(inputs);
        WhatItTakes.Option onTime = option(options, "ON_TIME");
        assertEquals(27L, onTime.more());
        assertTrue(onTime.totalAfter().compareTo(new BigDecimal("80")) >= 0);
        assertTrue(scorecard.total(with(inputs, "ON_TIME", 926, 1000)).compareTo(new BigDecimal("80")) < 0,
                "one dossier fewer is not enough");
        assertNull(option(options, "REUSED_DIGITIZED_DATA").more(), "0.5 points at most");
        assertEquals(new BigDecimal("79.96"), option(options, "REUSED_DIGITIZED_DATA").totalAfter());
        assertEquals("PAYMENT_A", options.get(0).indicator(), "the cheapest first: one more paid online is +3");
        assertEquals(1L, options.get(0).more());
    }

    private static Scorecard.Input in(String indicator, long n, long d) {
        return new Scorecard.Input("U", indicator, BigDecimal.valueOf(n), BigDecimal.valueOf(d));
    }

    private static int indexOf(List<Scorecard.Input> inputs, String indicator) {
        for (int i = 0; i < inputs.size(); i++) {
            if (inputs.get(i).indicator().equals(indicator)) {
                return i;
            }
        }
        throw new AssertionError(indicator);
    }

    private static List<Scorecard.Input> with(List<Scorecard.Input> inputs, String indicator, long n, long d) {
        List<Scorecard.Input> out = new ArrayList<>(inputs);
        out.set(indexOf(out, indicator), in(indicator, n, d));
        return out;
    }

    private static WhatItTakes.Option option(List<WhatItTakes.Option> options, String indicator) {
        return options.stream().filter(o -> o.indicator().equals(indicator)).findFirst().orElseThrow();
    }
}
