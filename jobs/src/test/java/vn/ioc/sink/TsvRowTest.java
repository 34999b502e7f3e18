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
