package vn.ioc.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ProgressLineTest {
    @Test
    void knownTotalShowsPercentRateAndTimeLeft() {
        assertEquals("generate: 25,000 of 100,000 records (25.0 %), 2,500 records/s, 0:10 elapsed, 0:30 left",
                new ProgressLine("generate", "records").format(25_000, 100_000, 10));
    }

    @Test
    void unknownTotalShowsCountAndRateOnly() {
        assertEquals("run: 7,200 lines, 2 lines/s, 1:00:00 elapsed",
                new ProgressLine("run", "lines").format(7_200, 0, 3600));
    }

    @Test
    void finishedWorkHasNoTimeLeft() {
        assertEquals("bench: 10 of 10 MB (100.0 %), 5 MB/s, 0:02 elapsed",
                new ProgressLine("bench", "MB").format(10, 10, 2));
    }
}
