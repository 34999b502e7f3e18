package vn.ioc.generate;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import vn.ioc.feed.Agency;
import vn.ioc.feed.Procedure;
import vn.ioc.progress.Progress;

/**
 * The profile {@code national}: every province of Vietnam through 2025, the year of the reform. Until 30 June the 63
 * provinces' departments, districts and communes handle dossiers; from 1 July the 34 provinces' departments and new
 * communes ({@link NationalAgencies}). Each province has its own volume and rates ({@link ProvinceProfile}); at scale 1
 * the country handles about 40 M dossiers. Dossiers are planned per month, province and level with exact quotas, so
 * they can be rendered a month at a time into feed files ({@link FeedGenerator}) or a province-month at a time into
 * whoever derives rows from the records directly ({@link #dossiers}), in bounded memory at any volume.
 */
public final class NationalGenerator {
    public static final String PROFILE = "national";
    public static final LocalDate FROM = LocalDate.of(2025, 1, 1);
    public static final LocalDate TO = LocalDate.of(2025, 12, 31);
    static final LocalDate REFORM = LocalDate.of(2025, 7, 1);
    /** Without --citizens, the registry holds one and a half citizens per citizen dossier, up to this many. */
    private static final int MAX_DEFAULT_CITIZENS = 2_000_000;
    private static final int MAX_DEFAULT_ENTERPRISES = 500_000;

    private final NationalAgencies agencies;
    private final Catalogue catalogue;
    private final List<ProvinceProfile> profiles = new ArrayList<>();
    private final Map<NationalAgencies.Area, PublicServiceEvents> events = new LinkedHashMap<>();
    private final Registries registries;
    private final SplittableRandom registryRnd;
    private final DossierGenerator generator;
    /** Dossiers per month (0–11), province (area index) and level (0–2). */
    private final int[][][] counts;
    private final long dossiers;
    private final long versionSeed;

    /**
     * @param citizens the population registry's size; 0 sizes it to the dossiers (at most 2 M)
     * @param enterprises the business registry's size; 0 sizes it to the dossiers (at most 500,000)
     */
    public NationalGenerator(double scale, long seed, int citizens, int enterprises) {
        if (!(scale > 0)) {
            throw new IllegalArgumentException("scale must be positive");
        }
        SplittableRandom root = new SplittableRandom(seed);
        versionSeed = seed ^ 0x5eedL;
        agencies = new NationalAgencies(root.split());
        catalogue = new Catalogue(root.split());
        SplittableRandom profileRnd = root.split();
        for (NationalAgencies.Area a : agencies.areas) {
            profiles.add(ProvinceProfile.of(a.province, profileRnd.split()));
            events.put(a, new PublicServiceEvents(FROM, TO, root.split(), a.province.code(), 101 + 100 * a.index));
        }
        counts = allocate(scale);
        long total = 0;
        double citizenDossiers = 0;
        for (int m = 0; m < 12; m++) {
            for (NationalAgencies.Area a : agencies.areas) {
                for (int level = 1; level <= 3; level++) {
                    int n = counts[m][a.index][level - 1];
                    total += n;
                    citizenDossiers += n * profiles.get(a.index).level(level).citizenShare();
                }
            }
        }
        dossiers = total;
        registries = new Registries(
                citizens > 0 ? citizens : (int) Math.min(MAX_DEFAULT_CITIZENS, Math.max(10, citizenDossiers * 3 / 2)),
                enterprises > 0 ? enterprises
                        : (int) Math.min(MAX_DEFAULT_ENTERPRISES, Math.max(3, (total - citizenDossiers) / 3)),
                root.split(), new Country());
        registryRnd = root.split();
        generator = new DossierGenerator(catalogue, registries, TO, root.split());
    }

    /** The scale at which the profile has about {@code dossiers} dossiers for this seed. */
    public static double scaleFor(long dossiers, long seed) {
        return dossiers / (double) new NationalGenerator(1, seed, 10, 3).dossiers;
    }

    public long dossiers() {
        return dossiers;
    }

    public List<Agency> agencies() {
        return List.copyOf(agencies.catalogue);
    }

    public List<Procedure> procedures() {
        return catalogue.feed();
    }

    /** Registry records {@link #registries} counts on its progress. */
    public long registrySubjects() {
        return registries.subjectsToWrite();
    }

    public void registries(RecordOut population, RecordOut business, RecordOut insurance, Progress progress)
            throws IOException {
        registries.write(population, business, insurance, agencies.allCommunes, registryRnd, progress);
    }

    /** Each province publishes the catalogue's procedures; a province merged in 2025 only until its end. */
    public void publications(RecordOut out) throws IOException {
        for (NationalAgencies.Area a : agencies.areas) {
            events.get(a).writePublications(catalogue.procedures(), out, a.province.continues() ? TO
                    : REFORM.minusDays(1));
        }
    }

    /**
     * Every dossier, one province-month at a time, to {@code sink} with the snapshots {@link DossierRecords} keeps;
     * then that province-month's petitions, ratings
     * and daily reception counts. Memory holds one province-month's plans.
     */
    public void dossiers(GeneratedDossier.Sink sink, RecordOut petitions, RecordOut receptionReports,
            Progress progress) throws IOException {
        DossierRecords delivery = new DossierRecords(sink, new SplittableRandom(versionSeed));
        for (int m = 0; m < 12; m++) {
            for (Map.Entry<NationalAgencies.Area, List<Plan>> e : plan(m).entrySet()) {
                generator.render(e.getValue(), delivery, null, progress);
                events.get(e.getKey()).writePetitions(e.getValue(), petitions);
                events.get(e.getKey()).writeReceptionReports(e.getValue(), receptionReports);
            }
        }
    }

    /** Every dossier into feed lines in delivery order, a month at a time, then that month's petitions and counts. */
    void feeds(DeliveryBuffer buffer, RecordOut petitions, RecordOut receptionReports, GroundTruth truth,
            Progress progress) throws IOException {
        for (int m = 0; m < 12; m++) {
            Map<NationalAgencies.Area, List<Plan>> byProvince = plan(m);
            List<Plan> month = new ArrayList<>();
            byProvince.values().forEach(month::addAll);
            generator.render(month, buffer, truth, progress);
            for (Map.Entry<NationalAgencies.Area, List<Plan>> e : byProvince.entrySet()) {
                events.get(e.getKey()).writePetitions(e.getValue(), petitions);
                events.get(e.getKey()).writeReceptionReports(e.getValue(), receptionReports);
            }
        }
        buffer.flushAll();
    }

    /** One month's plans per province that handles dossiers that month. */
    private Map<NationalAgencies.Area, List<Plan>> plan(int month) {
        LocalDate start = FROM.plusMonths(month);
        LocalDate end = start.plusMonths(1).minusDays(1);
        boolean reformed = !start.isBefore(REFORM);
        Map<NationalAgencies.Area, List<Plan>> out = new LinkedHashMap<>();
        for (NationalAgencies.Area a : reformed ? agencies.continuing : agencies.areas) {
            List<Plan> plans = new ArrayList<>();
            for (int level = 1; level <= 3; level++) {
                int n = counts[month][a.index][level - 1];
                if (n > 0) {
                    plans.addAll(generator.plan(profiles.get(a.index).level(level), n,
                            reformed ? a.after(level) : a.before(level), start, end));
                }
            }
            out.put(a, plans);
        }
        return out;
    }

    /**
     * Dossiers per month, province and level: each province's yearly volume per level, spread evenly over the
     * months, on its own units before the reform and on its successor's after (the districts' share going to the
     * new communes), rounded by largest remainder so that the country's total is the scaled total exactly.
     */
    private int[][][] allocate(double scale) {
        int provinces = agencies.areas.size();
        double[][][] expected = new double[12][provinces][3];
        double sum = 0;
        for (int m = 0; m < 12; m++) {
            boolean reformed = !FROM.plusMonths(m).isBefore(REFORM);
            for (NationalAgencies.Area a : agencies.areas) {
                ProvinceProfile p = profiles.get(a.index);
                NationalAgencies.Area handler = reformed ? successor(a) : a;
                for (int level = 1; level <= 3; level++) {
                    int handlingLevel = reformed && level == 2 ? 3 : level;
                    double n = p.yearDossiers(level) * scale / 12;
                    expected[m][handler.index][handlingLevel - 1] += n;
                    sum += n;
                }
            }
        }
        long target = Math.round(sum);
        int[][][] out = new int[12][provinces][3];
        List<double[]> remainders = new ArrayList<>();
        long assigned = 0;
        for (int m = 0; m < 12; m++) {
            for (int a = 0; a < provinces; a++) {
                for (int l = 0; l < 3; l++) {
                    out[m][a][l] = (int) Math.floor(expected[m][a][l]);
                    assigned += out[m][a][l];
                    if (expected[m][a][l] > 0) {
                        remainders.add(new double[] {expected[m][a][l] - out[m][a][l], m, a, l});
                    }
                }
            }
        }
        remainders.sort((x, y) -> Double.compare(y[0], x[0]));
        for (int i = 0; i < target - assigned && i < remainders.size(); i++) {
            double[] r = remainders.get(i);
            out[(int) r[1]][(int) r[2]][(int) r[3]]++;
        }
        return out;
    }

    private NationalAgencies.Area successor(NationalAgencies.Area a) {
        for (NationalAgencies.Area c : agencies.continuing) {
            if (c.members.contains(a)) {
                return c;
            }
        }
        throw new IllegalStateException(a.province.name() + " is in no province after the reform");
    }

    /** Citizens born all over the country in proportion to population; records carry their birth province. */
    private static final class Country implements Registries.Population {
        private final int[] codes = new int[Provinces.ALL.size()];
        private final double[] cumulative = new double[Provinces.ALL.size()];

        Country() {
            double total = 0;
            for (int i = 0; i < codes.length; i++) {
                codes[i] = Provinces.ALL.get(i).birthCode();
                total += Provinces.ALL.get(i).population();
                cumulative[i] = total;
            }
            for (int i = 0; i < codes.length; i++) {
                cumulative[i] /= total;
            }
        }

        @Override
        public int birthProvince(SplittableRandom rnd) {
            double u = rnd.nextDouble();
            int i = java.util.Arrays.binarySearch(cumulative, u);
            return codes[Math.min(codes.length - 1, i >= 0 ? i : -i - 1)];
        }

        @Override
        public int unregisteredProvince(SplittableRandom rnd) {
            return birthProvince(rnd);
        }

        @Override
        public String provinceOf(long citizenId) {
            return String.format("%02d", citizenId / 1_000_000_000L);
        }

        @Override
        public String taxPrefix() {
            return "01";
        }

        @Override
        public String enterpriseProvince() {
            return "01";
        }
    }
}
