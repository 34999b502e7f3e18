package vn.ioc.score;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RankingTest {

    @Test
    void provincesRankNationallyAndOtherUnitsWithinTheirProvinceAndLevel() {
        Map<String, Ranking.Unit> units = Map.of(
                "000.00.00.H08", new Ranking.Unit("000.00.00.H08", 1, "000.00.00.H08", true),
                "000.00.00.H39", new Ranking.Unit("000.00.00.H39", 1, "000.00.00.H39", true),
                "000.00.00.H40", new Ranking.Unit("000.00.00.H40", 1, "000.00.00.H40", true),
                "000.21.00.H08", new Ranking.Unit("000.21.00.H08", 1, "000.00.00.H08", true),
                "000.22.00.H08", new Ranking.Unit("000.22.00.H08", 1, "000.00.00.H08", true),
                "000.00.22.H08", new Ranking.Unit("000.00.22.H08", 2, "000.00.00.H08", true),
                "000.00.00.H99", new Ranking.Unit("000.00.00.H99", 1, "000.00.00.H99", false));
        Map<String, BigDecimal> totals = Map.of(
                "000.00.00.H08", new BigDecimal("77.41"), "000.00.00.H39", new BigDecimal("81.00"),
                "000.00.00.H40", new BigDecimal("77.41"), "000.21.00.H08", new BigDecimal("60.00"),
                "000.22.00.H08", new BigDecimal("90.50"), "000.00.22.H08", new BigDecimal("45.00"),
                "000.00.00.H99", new BigDecimal("99.00"), "999.99.99.X99", new BigDecimal("10.00"));

        List<Ranking.Place> places = Ranking.rank(totals, units);

        assertEquals(List.of(
                new Ranking.Place("000.22.00.H08", "000.00.00.H08/1", new BigDecimal("90.50"), Band.EXCELLENT, 1, 2),
                new Ranking.Place("000.21.00.H08", "000.00.00.H08/1", new BigDecimal("60.00"), Band.AVERAGE, 2, 2),
                new Ranking.Place("000.00.22.H08", "000.00.00.H08/2", new BigDecimal("45.00"), Band.WEAK, 1, 1),
                new Ranking.Place("000.00.00.H39", "national", new BigDecimal("81.00"), Band.GOOD, 1, 3),
                new Ranking.Place("000.00.00.H08", "national", new BigDecimal("77.41"), Band.FAIR, 2, 3),
                new Ranking.Place("000.00.00.H40", "national", new BigDecimal("77.41"), Band.FAIR, 2, 3)),
                places, "ties share a rank; a unit outside the period or the catalogue is not ranked");
    }
}
