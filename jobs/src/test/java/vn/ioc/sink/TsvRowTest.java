package vn.ioc.sink;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class TsvRowTest {

    @Test
    void escapesWhatTabSeparatedNeeds() {
        TsvRow row = new TsvRow();
        row.string("a\tb\nc\\d'e").nullableString(null).string(null).number(-5).nullableNumber(null).bool(true)
                .decimal(1.5).nullableDecimal(null);
        row.endRow();
        assertEquals("a\\tb\\nc\\\\d'e\t\\N\t\t-5\t\\N\t1\t1.5\t\\N\n", row.text());
        assertEquals(1, row.rows());
    }

    @Test
    void arraysQuoteTheirStrings() {
        TsvRow row = new TsvRow();
        row.stringArray(new String[] {"CSDLQGDC", "it's", "tab\there"}).stringArray(null)
                .numberArray(new int[] {1, 3});
        row.endRow();
        assertEquals("['CSDLQGDC','it\\'s','tab\\there']\t[]\t[1,3]\n", row.text());
    }

    @Test
    void timesAreVietnamWallClock() {
        TsvRow row = new TsvRow();
        row.dateTime(Instant.parse("2023-01-05T01:00:00Z").getEpochSecond()).nullableDateTime(null)
                .date(19_362).nullableDate(null);
        row.endRow();
        assertEquals("2023-01-05 08:00:00\t\\N\t2023-01-05\t\\N\n", row.text());
    }

    @Test
    void numbersTimesAndTextWrittenWithoutFormattersReadAsBefore() {
        TsvRow row = new TsvRow();
        for (long n : new long[] {0, 7, 10, 99, 100, 123_456_789_012L, Long.MAX_VALUE, Long.MIN_VALUE}) {
            row.number(n);
        }
        // midnight and the last second of a Vietnam day, a leap day, and a time before 1970
        for (String t : new String[] {"2025-06-30T17:00:00Z", "2025-06-30T16:59:59Z", "2024-02-29T03:04:05Z",
            "1969-12-31T23:00:00Z"}) {
            row.dateTime(Instant.parse(t).getEpochSecond());
        }
        row.string("Sở Tư pháp	tỉnh").string("tab	then Việt").endRow();
        assertEquals("0\t7\t10\t99\t100\t123456789012\t9223372036854775807\t-9223372036854775808"
                + "\t2025-07-01 00:00:00\t2025-06-30 23:59:59\t2024-02-29 10:04:05\t1970-01-01 06:00:00"
                + "\tSở Tư pháp\\ttỉnh\ttab\\tthen Việt\n", row.text());
    }

    @Test
    void growsAndResets() {
        TsvRow row = new TsvRow();
        String big = "x".repeat(100_000);
        row.string(big).endRow();
        row.string("Nguyễn").endRow();
        assertEquals(big + "\nNguyễn\n", row.text());
        row.reset();
        assertEquals(0, row.rows());
        assertEquals("", row.text());
    }
}
