package vn.ioc.generate;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the generator knows to be true, written beside the feeds so that fault tests can compare ClickHouse with an
 * oracle that owes nothing to the pipeline: each dossier's handling agency and the status of its last event in the
 * period, and how the snapshots were delivered (duplicated, ahead of the snapshot they follow, days late).
 */
public final class GroundTruth {
    /** One dossier as it stands at the end of the generated period. */
    public record Dossier(String dossierId, String agencyCode, int status) {}

    public static final String DOSSIERS_FILE = "dossiers.tsv";
    public static final String DELIVERY_FILE = "delivery.tsv";
    private static final String HEADER = "dossier_id\tagency_code\tstatus";

    private final List<Dossier> dossiers = new ArrayList<>();
    private final Map<String, Long> delivery = new LinkedHashMap<>();

    /** Whether the dossiers are kept, to be written: a country's month of them is not kept for nothing. */
    private final boolean keepDossiers;

    GroundTruth() {
        this(true);
    }

    GroundTruth(boolean keepDossiers) {
        this.keepDossiers = keepDossiers;
        for (String measure : List.of("snapshots", "followers", "duplicated", "reordered", "late")) {
            delivery.put(measure, 0L);
        }
    }

    void dossier(String dossierId, String agencyCode, int status) {
        if (keepDossiers) {
            dossiers.add(new Dossier(dossierId, agencyCode, status));
        }
    }

    /** Counts one delivered snapshot; a follower is a snapshot with an earlier one of the same dossier. */
    void snapshot(boolean follower, boolean duplicated, boolean reordered, boolean late) {
        count("snapshots", true);
        count("followers", follower);
        count("duplicated", duplicated);
        count("reordered", reordered);
        count("late", late);
    }

    private void count(String measure, boolean happened) {
        if (happened) {
            delivery.merge(measure, 1L, Long::sum);
        }
    }

    void write(Path dir) throws IOException {
        Files.createDirectories(dir);
        try (BufferedWriter w = Files.newBufferedWriter(dir.resolve(DOSSIERS_FILE), StandardCharsets.UTF_8)) {
            w.write(HEADER + "\n");
            for (Dossier d : dossiers) {
                w.write(d.dossierId() + "\t" + d.agencyCode() + "\t" + d.status() + "\n");
            }
        }
        try (BufferedWriter w = Files.newBufferedWriter(dir.resolve(DELIVERY_FILE), StandardCharsets.UTF_8)) {
            w.write("measure\tcount\n");
            for (Map.Entry<String, Long> e : delivery.entrySet()) {
                w.write(e.getKey() + "\t" + e.getValue() + "\n");
            }
        }
    }

    public static List<Dossier> readDossiers(Path dir) throws IOException {
        List<String> lines = Files.readAllLines(dir.resolve(DOSSIERS_FILE), StandardCharsets.UTF_8);
        if (lines.isEmpty() || !lines.get(0).equals(HEADER)) {
            throw new IOException(dir.resolve(DOSSIERS_FILE) + " does not start with " + HEADER);
        }
        List<Dossier> out = new ArrayList<>(lines.size() - 1);
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split("\t", -1);
            out.add(new Dossier(f[0], f[1], Integer.parseInt(f[2])));
        }
        return out;
    }

    public static Map<String, Long> readDelivery(Path dir) throws IOException {
        Map<String, Long> out = new LinkedHashMap<>();
        List<String> lines = Files.readAllLines(dir.resolve(DELIVERY_FILE), StandardCharsets.UTF_8);
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split("\t");
            out.put(f[0], Long.parseLong(f[1]));
        }
        return out;
    }
}
