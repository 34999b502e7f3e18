package vn.ioc.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class PeriodTest {

    @Test
    void everyGrainParsesToItsInclusiveDays() {
        assertEquals("2023-05-17..2023-05-17", Period.parse("2023-05-17").toString());
        // ISO week 1 of 2023 starts on Monday 2 January; week 52 of 2020 ends on 27 December
        assertEquals("2023-01-02..2023-01-08", Period.parse("2023-W01").toString());
        assertEquals("2020-12-21..2020-12-27", Period.parse("2020-W52").toString());
        assertEquals("2024-02-01..2024-02-29", Period.parse("2024-02").toString());
        assertEquals("2023-04-01..2023-06-30", Period.parse("2023-Q2").toString());
        assertEquals("2023-10-01..2023-12-31", Period.parse("2023-Q4").toString());
        assertEquals("2023-01-01..2023-12-31", Period.parse("2023").toString());
        assertEquals("2023-01-01..2023-08-31", Period.parse("2023-01-01..2023-08-31").toString());
    }

    @Test
    void nonsenseIsRefusedWithTheFormsThatWork() {
        assertThrows(IllegalArgumentException.class, () -> Period.parse("2023-Q5"));
        assertThrows(IllegalArgumentException.class, () -> Period.parse("2023-13"));
        assertThrows(IllegalArgumentException.class, () -> Period.parse("2023-02-30"));
        assertThrows(IllegalArgumentException.class, () -> Period.parse("2023-08-31..2023-01-01"));
    }
}
