package vn.ioc.score;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class IndicatorGrainsTest {

    @Test
    void wholeMonthsAreReadAtTheMonthGrainAndTheDaysAroundThemAtTheDayGrain() {
        assertEquals("((grain = 'all' AND day >= toDate('2023-01-15') AND day <= toDate('2023-03-10'))"
                        + " OR (grain = 'day' AND day >= toDate('2023-01-15') AND day <= toDate('2023-03-10')"
                        + " AND NOT (day >= toDate('2023-02-01') AND day <= toDate('2023-02-28')))"
                        + " OR (grain = 'month' AND day >= toDate('2023-02-01') AND day <= toDate('2023-02-01')))",
                IndicatorFigures.grains(Period.parse("2023-01-15..2023-03-10")));
        assertEquals("((grain = 'all' AND day >= toDate('2023-01-01') AND day <= toDate('2023-12-31'))"
                        + " OR (grain = 'day' AND day >= toDate('2023-01-01') AND day <= toDate('2023-12-31')"
                        + " AND NOT (day >= toDate('2023-01-01') AND day <= toDate('2023-12-31')))"
                        + " OR (grain = 'month' AND day >= toDate('2023-01-01') AND day <= toDate('2023-12-01')))",
                IndicatorFigures.grains(Period.parse("2023")));
    }

    @Test
    void aPeriodWithinAMonthIsReadAtTheDayGrain() {
        assertEquals("(grain != 'month' AND day >= toDate('2023-05-15') AND day <= toDate('2023-05-21'))",
                IndicatorFigures.grains(Period.parse("2023-W20")));
        assertEquals("(grain != 'month' AND day >= toDate('2023-05-17') AND day <= toDate('2023-05-17'))",
                IndicatorFigures.grains(Period.parse("2023-05-17")));
    }
}
