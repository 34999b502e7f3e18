package vn.ioc.generate;

import java.util.List;

/**
 * Bình Định's published figures for 01/01–31/08/2023 by level (seed 001, domain.md §8), with the two cells the
 * report misprinted replaced by consistent figures: 79,012 / 166,713 commune dossiers digitized and
 * 16,862 / 65,188 provincial e-results. The generator's default profile reproduces these rates by quotas, the
 * demo prints them beside what the pipeline measured, and a test holds the two together.
 */
public final class ReferenceRates {
    private ReferenceRates() {}

    public record Ratio(long numerator, long denominator) {
        public double percent() {
            return 100.0 * numerator / denominator;
        }

        public double fraction() {
            return (double) numerator / denominator;
        }
    }

    /** One level's figures; the population-data denominator is the level's citizen dossiers. */
    public record Level(String name, int code, long dossiers, Ratio digitized, Ratio eResult, Ratio populationData,
            Ratio reused, Ratio online, Ratio paidOnline) {

        /** Share of the level's dossiers that carry a fee: the report's "with fees" denominator ÷ dossiers. */
        public double feeBearingShare() {
            return (double) paidOnline.denominator / dossiers;
        }

        /** Share of citizen applicants: the population-data denominator ÷ dossiers. */
        public double citizenShare() {
            return (double) populationData.denominator / dossiers;
        }
    }

    public static final List<Level> BINH_DINH_2023 = List.of(
            new Level("province", 1, 65_188, new Ratio(51_348, 65_188), new Ratio(16_862, 65_188),
                    new Ratio(28_845, 30_826), new Ratio(4_655, 65_188), new Ratio(38_248, 65_188),
                    new Ratio(16_387, 37_269)),
            new Level("district", 2, 87_471, new Ratio(35_701, 87_471), new Ratio(29_578, 86_578),
                    new Ratio(62_230, 66_840), new Ratio(1_469, 87_471), new Ratio(12_307, 87_471),
                    new Ratio(38_377, 60_005)),
            new Level("commune", 3, 166_713, new Ratio(79_012, 166_713), new Ratio(65_137, 166_713),
                    new Ratio(101_234, 122_751), new Ratio(13_693, 166_713), new Ratio(67_952, 166_713),
                    new Ratio(81_413, 109_940)));

    public static Level level(String name) {
        return BINH_DINH_2023.stream().filter(l -> l.name.equals(name)).findFirst().orElse(null);
    }
}
