package vn.ioc.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * How much one province handles in a year and how well: its dossiers per level, and the rates the quotas meet,
 * drawn for a seed around Bình Định's published figures (domain.md §8). Volumes follow population with a
 * province's own propensity (0.3–0.5 dossiers per person a year, about 40 M for the country); each rate is shifted on
 * the log-odds scale, so that provinces differ as they do on the portal while every rate stays a proportion.
 */
record ProvinceProfile(double yearDossiers, List<ReferenceRates.Level> levels) {
    private static final long NOMINAL = 1_000_000;
    /** The spread of a province's rates around the reference, in log-odds. */
    private static final double SPREAD = 0.45;

    static ProvinceProfile of(Provinces.Province p, SplittableRandom rnd) {
        double perPerson = 0.3 + 0.2 * rnd.nextDouble();
        double total = 0;
        for (ReferenceRates.Level ref : ReferenceRates.BINH_DINH_2023) {
            total += ref.dossiers();
        }
        List<ReferenceRates.Level> levels = new ArrayList<>();
        double[] shares = new double[ReferenceRates.BINH_DINH_2023.size()];
        double shareSum = 0;
        for (int i = 0; i < shares.length; i++) {
            shares[i] = ReferenceRates.BINH_DINH_2023.get(i).dossiers() / total * Math.exp(0.25 * gaussian(rnd));
            shareSum += shares[i];
        }
        for (int i = 0; i < shares.length; i++) {
            ReferenceRates.Level ref = ReferenceRates.BINH_DINH_2023.get(i);
            long n = Math.round(NOMINAL * shares[i] / shareSum);
            long citizens = Math.round(n * shift(ref.citizenShare(), rnd));
            long withFees = Math.round(n * shift(ref.feeBearingShare(), rnd));
            levels.add(new ReferenceRates.Level(ref.name(), ref.code(), n, ratio(ref.digitized(), n, rnd),
                    ratio(ref.eResult(), n, rnd), ratio(ref.populationData(), citizens, rnd),
                    ratio(ref.reused(), n, rnd), ratio(ref.online(), n, rnd), ratio(ref.paidOnline(), withFees, rnd)));
        }
        return new ProvinceProfile(p.population() * 1000.0 * perPerson, levels);
    }

    /** Dossiers a year at one level: the level's share of the province's volume. */
    double yearDossiers(int level) {
        long all = levels.stream().mapToLong(ReferenceRates.Level::dossiers).sum();
        return yearDossiers * level(level).dossiers() / all;
    }

    ReferenceRates.Level level(int level) {
        return levels.get(level - 1);
    }

    private static ReferenceRates.Ratio ratio(ReferenceRates.Ratio reference, long denominator, SplittableRandom rnd) {
        return new ReferenceRates.Ratio(Math.round(denominator * shift(reference.fraction(), rnd)), denominator);
    }

    private static double shift(double fraction, SplittableRandom rnd) {
        double logOdds = Math.log(fraction / (1 - fraction)) + SPREAD * gaussian(rnd);
        return 1 / (1 + Math.exp(-logOdds));
    }

    private static double gaussian(SplittableRandom rnd) {
        double u = 1 - rnd.nextDouble();
        double v = rnd.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    }
}
