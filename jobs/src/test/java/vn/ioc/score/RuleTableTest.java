package vn.ioc.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** A period is scored by the rule set valid at its end; before the earliest set it is refused unless one is forced. */
class RuleTableTest {
    private static final String HEADER = "version,valid_from,indicator,group,max_points,kind,full_at,on_zero,confirmed\n";

    private static RuleTable twoSets() throws Exception {
        String csv = HEADER
                + "2024,2024-01-01,ON_TIME,PROGRESS,20,linear,,zero,yes\n"
                + "2026,2025-07-01,ON_TIME,PROGRESS,10,linear,,zero,yes\n";
        return RuleTable.parse(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void thePeriodsEndChoosesTheSet() throws Exception {
        RuleTable rules = twoSets();
        assertEquals("2024", rules.forPeriod(Period.parse("2025-06"), null).version());
        // a quarter that straddles the change is scored as published at its end
        assertEquals("2026", rules.forPeriod(Period.parse("2025-Q3"), null).version());
        assertEquals("2026", rules.forPeriod(Period.parse("2025"), null).version());
        assertEquals("2024", rules.forPeriod(Period.parse("2025"), "2024").version(), "forced");
    }

    @Test
    void aPeriodBeforeTheEarliestSetIsRefusedNamingItAndTheFlag() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> RuleTable.load().forPeriod(Period.parse("2023-Q2"), null));
        assertEquals("no rule set is valid on 2023-06-30, the end of 2023-04-01..2023-06-30: the earliest, 2026,"
                + " applies from 2025-07-01; --rules 2026 scores the period with it", e.getMessage());
        assertEquals("2026", RuleTable.load().forPeriod(Period.parse("2023-Q2"), "2026").version());
    }

    /** 6 × 1/1200 is exactly 0.005: half-up gives 0.01, as the portal publishes (n ÷ d first would give 0.00). */
    @Test
    void aHalfCentExactlyRoundsUp() {
        ScoreRule sync = RuleTable.load().version("2026").get("DOSSIER_SYNC");
        assertEquals(new BigDecimal("0.01"), sync.score(BigDecimal.ONE, new BigDecimal("1200")));
        ScoreRule reused = RuleTable.load().version("2026").get("REUSED_DIGITIZED_DATA");
        // 2 × 1 ÷ (0.8 × 400) = 0.00625 → 0.01; 2 × 1 ÷ (0.8 × 1000) = 0.0025 → 0.00
        assertEquals(new BigDecimal("0.01"), reused.score(BigDecimal.ONE, new BigDecimal("400")));
        assertEquals(new BigDecimal("0.00"), reused.score(BigDecimal.ONE, new BigDecimal("1000")));
    }
}
