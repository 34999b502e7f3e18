package vn.ioc.cli;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import vn.ioc.enrich.PostgresCatalogues;
import vn.ioc.feed.Feed;
import vn.ioc.generate.FeedGenerator;
import vn.ioc.postgres.PostgresConnection;
import vn.ioc.progress.Progress;
import vn.ioc.source.KafkaConnection;
import vn.ioc.source.KafkaFeedPublisher;

@Command(
        name = "generate",
        header = "Generate realistic feeds for one province, to files, PostgreSQL or Kafka.",
        mixinStandardHelpOptions = true,
        description = {
            "Generate realistic feeds for a province or the country: agencies (with the 2025 successors), procedures,",
            "registries, dossier snapshots (duplicated, out of order, some days late), processing steps and exchange",
            "calls.",
            "Deterministic for a seed. Profile bd2023: Bình Định, Jan-Aug 2023, with the rates of its own report;",
            "profile national: the 63 provinces, then the 34 after the 1 July 2025 reform, through 2025, each with its",
            "own volume and rates (about 40 M dossiers at scale 1)."
        })
public final class GenerateCommand implements Callable<Integer> {

    @Option(names = "--out", required = true, description = "Output directory (one sub-directory per feed).")
    Path out;

    @Option(names = "--profile", defaultValue = FeedGenerator.DEFAULT_PROFILE,
            description = "Profile: bd2023 or national (default: ${DEFAULT-VALUE}).")
    String profile;

    @Option(names = "--scale", defaultValue = "0.02",
            description = "Fraction of the profile's full volume; bd2023 at 1 is about 320,000 dossiers, national"
                    + " about 40 M (default: ${DEFAULT-VALUE}).")
    double scale;

    @Option(names = "--seed", defaultValue = "2023", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--citizens", defaultValue = "0", description = "Size of the population registry (default: sized"
            + " to the dossiers); e.g. 10000000 for a national-scale registry join.")
    int citizens;

    @Option(names = "--truth", description = "Also write the ground truth here (each dossier's agency and final"
            + " status, and how snapshots were delivered): an oracle for tests and benchmarks.")
    Path truth;

    @Option(names = "--postgres", description = "Also load the agency and procedure catalogues into this PostgreSQL"
            + " (a JDBC URL; user and password from POSTGRES_USER and POSTGRES_PASSWORD), as a one-stop system keeps"
            + " them; ./ioc run --catalogues-from reads them back.")
    String postgres;

    @Option(names = "--kafka", paramLabel = "BOOTSTRAP", description = "Also publish every generated line to Kafka,"
            + " one topic per feed (created when missing), as one-stop systems would; ./ioc run --kafka reads them.")
    String kafka;

    @Mixin
    KafkaOptions kafkaOptions;

    @Option(names = "--partitions", defaultValue = "4",
            description = "Partitions of each topic created (default: ${DEFAULT-VALUE}).")
    int partitions;

    @Override
    public Integer call() throws Exception {
        long started = System.nanoTime();
        Map<Feed, long[]> summary;
        try (Progress progress = Progress.counting("generate", "records", 0)) {
            summary = new FeedGenerator(profile, scale, seed, citizens).generate(out, truth, progress);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        long lines = 0;
        long bytes = 0;
        for (Map.Entry<Feed, long[]> e : summary.entrySet()) {
            System.err.printf("  %-18s %10d lines %12d bytes%n", e.getKey().directory(), e.getValue()[0], e.getValue()[1]);
            lines += e.getValue()[0];
            bytes += e.getValue()[1];
        }
        System.err.printf("ioc: generated %d lines (%.1f MB) into %s in %.1f s%n", lines, bytes / 1e6,
                out.toAbsolutePath(), seconds);
        if (postgres != null) {
            int rows = PostgresCatalogues.store(PostgresConnection.fromEnvironment(postgres), out);
            System.err.printf("ioc: loaded %d catalogue records into %s%n", rows, postgres);
        }
        if (kafka != null) {
            publish(kafkaOptions.connection(kafka));
        }
        return 0;
    }

    private void publish(KafkaConnection connection) throws Exception {
        long started = System.nanoTime();
        try (KafkaFeedPublisher publisher = new KafkaFeedPublisher(connection, partitions)) {
            Map<Feed, Long> published = publisher.publishDirectory(out);
            System.err.printf("ioc: published %d lines to %s (topics %s<feed>) in %.1f s%s%n",
                    published.values().stream().mapToLong(Long::longValue).sum(), kafka, connection.topicPrefix(),
                    (System.nanoTime() - started) / 1e9,
                    publisher.skipped() == 0 ? "" : "; " + publisher.skipped() + " lines over 1 MB not published");
        }
    }
}
