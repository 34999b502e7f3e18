package vn.ioc.generate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.ioc.enrich.CatalogueFiles;
import vn.ioc.enrich.AgencyDirectory;
import vn.ioc.feed.Feed;
import vn.ioc.feed.Identifiers;
import vn.ioc.measure.DossierFacts;
import vn.ioc.measure.DossierFactsDeriver;
import vn.ioc.parse.JsonRecordParser;
import vn.ioc.feed.DossierSnapshot;
import vn.ioc.feed.EnterpriseRecord;
import vn.ioc.feed.CitizenRecord;
import vn.ioc.privacy.PseudonymKey;
import vn.ioc.privacy.Pseudonymizer;

/** The generator's own promises, checked on its output with the pipeline's parser and derivation (no ClickHouse). */
class FeedGeneratorTest {

    @Test
    void sameSeedSameBytes(@TempDir Path a, @TempDir Path b) throws Exception {
        new FeedGenerator("bd2023", 0.002, 7).generate(a);
        new FeedGenerator("bd2023", 0.002, 7).generate(b);
        for (Feed feed : Feed.values()) {
            Path part = Path.of(feed.directory(), "part-00000.jsonl");
            assertArrayEquals(Files.readAllBytes(a.resolve(part)), Files.readAllBytes(b.resolve(part)), feed.directory());
        }
    }

    @Test
    void latestSnapshotsReproduceTheReferenceRatesAndDeliveryIsMessy(@TempDir Path out) throws Exception {
        new FeedGenerator("bd2023", 0.02, 2023).generate(out);
        AgencyDirectory agencies = CatalogueFiles.load(out).agencies();
        DossierFactsDeriver deriver =
                new DossierFactsDeriver(agencies, new Pseudonymizer(PseudonymKey.of("generator-test-key-0123")));
        JsonRecordParser<DossierSnapshot> parser = new JsonRecordParser<>(DossierSnapshot.class);
        Map<String, DossierFacts> latest = new HashMap<>();
        Set<String> seenLines = new HashSet<>();
        int lines = 0;
        int duplicates = 0;
        int arrivedAfterANewerOne = 0;
        for (String line : lines(out, Feed.DOSSIER_SYNC)) {
            lines++;
            if (!seenLines.add(line)) {
                duplicates++;
            }
            DossierFacts f = deriver.map(parser.parse(line.getBytes(StandardCharsets.UTF_8)));
            DossierFacts held = latest.get(f.dossierId);
            if (held == null || f.version > held.version) {
                latest.put(f.dossierId, f);
            } else if (f.version < held.version) {
                arrivedAfterANewerOne++;
            }
        }
        assertTrue(duplicates > lines * 0.05, "duplicates: " + duplicates + " of " + lines);
        assertTrue(arrivedAfterANewerOne > lines * 0.05, "out of order: " + arrivedAfterANewerOne + " of " + lines);

        for (ReferenceRates.Level ref : ReferenceRates.BINH_DINH_2023) {
            List<DossierFacts> level = latest.values().stream().filter(f -> f.agencyLevel == ref.code()).toList();
            List<DossierFacts> citizens = level.stream().filter(f -> f.applicantType == 1).toList();
            List<DossierFacts> withFees = level.stream().filter(f -> f.feeBearing).toList();
            assertEquals(Math.round(ref.dossiers() * 0.02), level.size(), ref.name());
            assertRate(ref.name() + " digitized", ref.digitized(), level.stream().filter(f -> f.digitized).count(), level.size());
            assertRate(ref.name() + " e-result", ref.eResult(), level.stream().filter(f -> f.eResult).count(), level.size());
            assertRate(ref.name() + " population", ref.populationData(),
                    citizens.stream().filter(f -> f.populationData).count(), citizens.size());
            assertRate(ref.name() + " reused", ref.reused(), level.stream().filter(f -> f.reused).count(), level.size());
            assertRate(ref.name() + " online", ref.online(), level.stream().filter(f -> f.channel == 2).count(), level.size());
            assertRate(ref.name() + " paid", ref.paidOnline(), withFees.stream().filter(f -> f.paidOnline).count(),
                    withFees.size());
        }
        Map<String, Long> timeliness = new HashMap<>();
        latest.values().forEach(f -> timeliness.merge(f.timeliness, 1L, Long::sum));
        for (String t : new String[] {"early", "on_time", "late", "open", "closed"}) {
            assertTrue(timeliness.getOrDefault(t, 0L) > 0, "some dossiers are " + t + ": " + timeliness);
        }
        assertTrue(latest.values().stream().anyMatch(f -> f.supplements > 0));
        assertTrue(latest.values().stream().anyMatch(f -> f.componentsReusedComponent > 0));
        assertTrue(latest.values().stream().anyMatch(f -> f.componentsReusedResult > 0));
        assertTrue(latest.values().stream().anyMatch(f -> f.fromStore));
        assertTrue(latest.values().stream().allMatch(f -> !f.successorAgencyCode.equals(f.agencyCode)),
                "every 2023 unit was replaced in the 2025 reform");
    }

    @Test
    void registryIdentifiersAreValid(@TempDir Path out) throws Exception {
        new FeedGenerator("bd2023", 0.005, 1).generate(out);
        JsonRecordParser<CitizenRecord> citizens = new JsonRecordParser<>(CitizenRecord.class);
        for (String line : lines(out, Feed.POPULATION)) {
            String id = citizens.parse(line.getBytes(StandardCharsets.UTF_8)).soDinhDanh;
            assertTrue(Identifiers.isValidCitizenId(id), id);
        }
        JsonRecordParser<EnterpriseRecord> enterprises = new JsonRecordParser<>(EnterpriseRecord.class);
        for (String line : lines(out, Feed.BUSINESS_REGISTRY)) {
            String code = enterprises.parse(line.getBytes(StandardCharsets.UTF_8)).maSoDoanhNghiep;
            assertTrue(Identifiers.isValidTaxCode(code), code);
        }
    }

    private static void assertRate(String what, ReferenceRates.Ratio ref, long numerator, long denominator) {
        double measured = 100.0 * numerator / denominator;
        assertEquals(ref.percent(), measured, 0.1, what + ": " + numerator + "/" + denominator);
    }

    private static List<String> lines(Path out, Feed feed) throws Exception {
        try (Stream<Path> files = Files.list(out.resolve(feed.directory()))) {
            return files.sorted().flatMap(f -> {
                try {
                    return Files.readAllLines(f, StandardCharsets.UTF_8).stream();
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).toList();
        }
    }
}
