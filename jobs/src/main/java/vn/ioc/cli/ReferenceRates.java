package vn.ioc.cli;

import java.util.Map;

/**
 * Bình Định's published rates for 01/01–31/08/2023 by level (seed 001, domain.md §8), with the two cells the
 * report misprinted replaced by the consistent figures: 79,012 / 166,713 commune dossiers digitized and
 * 16,862 / 65,188 provincial e-results.
 */
final class ReferenceRates {
    private ReferenceRates() {}

    record Level(double digitized, double eResult, double populationData, double reused, double online,
            double paidOnline) {}

    static final Map<String, Level> BINH_DINH_2023 = Map.of(
            "province", new Level(pct(51_348, 65_188), pct(16_862, 65_188), pct(28_845, 30_826),
                    pct(4_655, 65_188), pct(38_248, 65_188), pct(16_387, 37_269)),
            "district", new Level(pct(35_701, 87_471), pct(29_578, 86_578), pct(62_230, 66_840),
                    pct(1_469, 87_471), pct(12_307, 87_471), pct(38_377, 60_005)),
            "commune", new Level(pct(79_012, 166_713), pct(65_137, 166_713), pct(101_234, 122_751),
                    pct(13_693, 166_713), pct(67_952, 166_713), pct(81_413, 109_940)));

    private static double pct(long numerator, long denominator) {
        return 100.0 * numerator / denominator;
    }
}
