package vn.ioc.generate;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import vn.ioc.feed.Feed;
import vn.ioc.progress.Progress;

/**
 * Realistic feeds for one province and period, deterministic for a seed. The profile {@code bd2023} is Bình Định,
 * 1 January – 31 August 2023, at the volume and with the rates of the province's own report (domain.md §8);
 * {@code scale} multiplies the volume.
 */
public final class FeedGenerator implements java.io.Serializable {
    private static final long serialVersionUID = 1L;
    public static final String DEFAULT_PROFILE = "bd2023";
    static final int MAX_LINES_PER_PART = 500_000;
    private static final LocalDate FROM = LocalDate.of(2023, 1, 1);
    private static final LocalDate TO = LocalDate.of(2023, 8, 31);

    private final String profile;
    private final double scale;
    private final long seed;
    private final int citizens;
    private final int enterprises;

    public FeedGenerator(String profile, double scale, long seed) {
        this(profile, scale, seed, 0);
    }

    /**
     * @param citizens the population registry's size; 0 sizes it to the dossiers (one and a half citizens per
     *     citizen dossier). A national-scale registry with a province's dossiers tests the registry join's state.
     */
    public FeedGenerator(String profile, double scale, long seed, int citizens) {
        this(profile, scale, seed, citizens, 0);
    }

    /** @param enterprises the business registry's size; 0 sizes it to the dossiers */
    public FeedGenerator(String profile, double scale, long seed, int citizens, int enterprises) {
        if (!DEFAULT_PROFILE.equals(profile) && !NationalGenerator.PROFILE.equals(profile)) {
            throw new IllegalArgumentException("unknown profile " + profile + " (known: " + DEFAULT_PROFILE + ", "
                    + NationalGenerator.PROFILE + ")");
        }
        if (!(scale > 0)) {
            throw new IllegalArgumentException("scale must be positive");
        }
        this.profile = profile;
        this.scale = scale;
        this.seed = seed;
        this.citizens = citizens;
        this.enterprises = enterprises;
    }

    /** Writes every feed under {@code out}; returns lines and bytes per feed. */
    public Map<Feed, long[]> generate(Path out) throws IOException {
        return generate(out, null);
    }

    /**
     * Writes every feed under {@code out} and, when {@code truthDir} is not null, the {@link GroundTruth} into it
     * (keep it out of {@code out}: it is no feed).
     */
    public Map<Feed, long[]> generate(Path out, Path truthDir) throws IOException {
        return generate(out, truthDir, Progress.none());
    }

    /** As {@link #generate(Path, Path)}, counting the records it plans (registry subjects and dossiers) on {@code progress}. */
    public Map<Feed, long[]> generate(Path out, Path truthDir, Progress progress) throws IOException {
        Map<Feed, FeedWriter> writers = new EnumMap<>(Feed.class);
        for (Feed feed : Feed.values()) {
            writers.put(feed, new FeedWriter(out, feed, MAX_LINES_PER_PART));
        }
        return generate(writers, truthDir, progress, true);
    }

    /**
     * The same lines as {@link #generate(Path)} writes, each given to {@code out} with the file and offset it would
     * have if lines were written as they are generated: for a job that generates its input instead of reading it
     * from disk. The files put each line in delivery order, holding back what is not yet due (up to weeks of a
     * country's lines); here every line leaves as soon as it is made, so the order, and with it the files and
     * offsets, differ, and the lines do not.
     */
    public Map<Feed, long[]> generate(LineOut out) throws IOException {
        Map<Feed, FeedWriter> writers = new EnumMap<>(Feed.class);
        for (Feed feed : Feed.values()) {
            writers.put(feed, new FeedWriter(out, feed, MAX_LINES_PER_PART));
        }
        return generate(writers, null, Progress.none(), false);
    }

    /**
     * The lines of the agency and procedure catalogues alone, as {@link #generate(Path)} would write them: what a
     * job needs before it starts, without generating the rest.
     */
    public Map<Feed, List<byte[]>> catalogueLines() throws IOException {
        List<?> agencies;
        List<?> procedures;
        if (NationalGenerator.PROFILE.equals(profile)) {
            NationalGenerator national = new NationalGenerator(scale, seed, citizens, enterprises);
            agencies = national.agencies();
            procedures = national.procedures();
        } else {
            // the first split of the seed's generator, as binhDinh takes it
            agencies = new AgencyTree().catalogue;
            procedures = new Catalogue(new SplittableRandom(seed).split()).feed();
        }
        Map<Feed, List<byte[]>> lines = new EnumMap<>(Feed.class);
        lines.put(Feed.AGENCIES, new ArrayList<>());
        lines.put(Feed.PROCEDURES, new ArrayList<>());
        for (Object a : agencies) {
            lines.get(Feed.AGENCIES).add(FeedWriter.JSON.writeValueAsBytes(a));
        }
        for (Object p : procedures) {
            lines.get(Feed.PROCEDURES).add(FeedWriter.JSON.writeValueAsBytes(p));
        }
        return lines;
    }

    private Map<Feed, long[]> generate(Map<Feed, FeedWriter> writers, Path truthDir, Progress progress,
            boolean inDeliveryOrder) throws IOException {
        try {
            GroundTruth truth = new GroundTruth(truthDir != null);
            if (NationalGenerator.PROFILE.equals(profile)) {
                national(writers, truth, progress, inDeliveryOrder);
            } else {
                binhDinh(writers, truth, progress, inDeliveryOrder);
            }
            if (truthDir != null) {
                truth.write(truthDir);
            }
        } finally {
            for (FeedWriter w : writers.values()) {
                w.close();
            }
        }
        Map<Feed, long[]> summary = new LinkedHashMap<>();
        writers.forEach((feed, w) -> summary.put(feed, new long[] {w.lines(), w.bytes()}));
        return summary;
    }

    private void national(Map<Feed, FeedWriter> writers, GroundTruth truth, Progress progress,
            boolean inDeliveryOrder) throws IOException {
        NationalGenerator national = new NationalGenerator(scale, seed, citizens, enterprises);
        for (var a : national.agencies()) {
            writers.get(Feed.AGENCIES).write(a);
        }
        for (var p : national.procedures()) {
            writers.get(Feed.PROCEDURES).write(p);
        }
        progress.total(national.registrySubjects() + national.dossiers());
        national.registries(writers.get(Feed.POPULATION), writers.get(Feed.BUSINESS_REGISTRY),
                writers.get(Feed.INSURANCE), progress);
        national.feeds(new DeliveryBuffer(writers, inDeliveryOrder), writers.get(Feed.PETITIONS), writers.get(Feed.RECEPTION_REPORTS),
                truth, progress);
        national.publications(writers.get(Feed.PUBLICATIONS));
    }

    private void binhDinh(Map<Feed, FeedWriter> writers, GroundTruth truth, Progress progress,
            boolean inDeliveryOrder) throws IOException {
        SplittableRandom root = new SplittableRandom(seed);
        AgencyTree agencies = new AgencyTree();
        Catalogue catalogue = new Catalogue(root.split());
        int[] counts = new int[ReferenceRates.BINH_DINH_2023.size()];
        long citizenDossiers = 0;
        long enterpriseDossiers = 0;
        for (int i = 0; i < counts.length; i++) {
            ReferenceRates.Level level = ReferenceRates.BINH_DINH_2023.get(i);
            counts[i] = (int) Math.max(1, Math.round(level.dossiers() * scale));
            citizenDossiers += Math.round(counts[i] * level.citizenShare());
            enterpriseDossiers += Math.round(counts[i] * (1 - level.citizenShare()));
        }
        Registries registries = new Registries(citizens > 0 ? citizens : (int) Math.max(10, citizenDossiers * 3 / 2),
                enterprises > 0 ? enterprises : (int) Math.max(3, enterpriseDossiers / 3), root.split());

        for (var a : agencies.catalogue) {
            writers.get(Feed.AGENCIES).write(a);
        }
        for (var p : catalogue.feed()) {
            writers.get(Feed.PROCEDURES).write(p);
        }
        long dossierCount = 0;
        for (int count : counts) {
            dossierCount += count;
        }
        progress.total(registries.subjectsToWrite() + dossierCount);
        registries.write(writers.get(Feed.POPULATION), writers.get(Feed.BUSINESS_REGISTRY),
                writers.get(Feed.INSURANCE), agencies.communes, root.split(), progress);

        DossierGenerator dossiers = new DossierGenerator(catalogue, registries, TO, root.split());
        List<Plan> plans = new ArrayList<>();
        for (int i = 0; i < counts.length; i++) {
            ReferenceRates.Level level = ReferenceRates.BINH_DINH_2023.get(i);
            plans.addAll(dossiers.plan(level, counts[i], agencies.units(level.code()), FROM, TO));
        }
        DeliveryBuffer buffer = new DeliveryBuffer(writers, inDeliveryOrder);
        dossiers.render(plans, buffer, truth, progress);
        buffer.flushAll();
        PublicServiceEvents events = new PublicServiceEvents(FROM, TO, root.split(), AgencyTree.OLD_PROVINCE, 101);
        events.writePublications(catalogue.procedures(), writers.get(Feed.PUBLICATIONS), TO);
        events.writePetitions(plans, writers.get(Feed.PETITIONS));
        events.writeReceptionReports(plans, writers.get(Feed.RECEPTION_REPORTS));
    }
}
