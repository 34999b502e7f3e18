package vn.ioc.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.util.KeyedOneInputStreamOperatorTestHarness;
import org.apache.flink.streaming.util.ProcessFunctionTestHarnesses;
import org.junit.jupiter.api.Test;
import vn.ioc.testing.ArrivalOrders;

/**
 * {@link LatestVersionFilter} on its own, with Flink's operator harness: whatever order a dossier's snapshots
 * arrive in (duplicates included), what passes rises strictly and ends with the highest version; once every
 * dossier has ended and the state horizon has passed, no state and no timer is left.
 */
class LatestVersionFilterTest {
    private static final Duration HORIZON = Duration.ofDays(30);
    private static final long START = 1_000;

    @Test
    void everyArrivalOrderPassesRisingVersionsEndingWithTheHighestAndLeavesNothingBehind() throws Exception {
        List<DossierFacts> inputs = List.of(
                dossier("a", 10, Timeliness.OPEN),
                dossier("a", 20, Timeliness.OPEN),
                dossier("a", 20, Timeliness.OPEN), // delivered twice
                dossier("a", 30, Timeliness.LATE),
                dossier("b", 5, Timeliness.OPEN),
                dossier("b", 7, Timeliness.CLOSED));
        List<List<DossierFacts>> orders = ArrivalOrders.of(inputs);
        assertEquals(720, orders.size());
        for (List<DossierFacts> order : orders) {
            try (var harness = harness()) {
                harness.setProcessingTime(START);
                for (DossierFacts f : order) {
                    harness.processElement(f, 0);
                }
                Map<String, List<Long>> passed = new TreeMap<>();
                for (DossierFacts f : harness.extractOutputValues()) {
                    passed.computeIfAbsent(f.dossierId, k -> new ArrayList<>()).add(f.version);
                }
                for (List<Long> versions : passed.values()) {
                    for (int i = 1; i < versions.size(); i++) {
                        assertTrue(versions.get(i) > versions.get(i - 1), order + " passed " + passed);
                    }
                }
                assertEquals(Map.of("a", 30L, "b", 7L), Map.of(
                        "a", last(passed.get("a")), "b", last(passed.get("b"))), "order " + versions(order));

                harness.setProcessingTime(START + HORIZON.toMillis() - 1);
                assertEquals(4, harness.numKeyedStateEntries(), "both ended dossiers are kept until the horizon");
                harness.setProcessingTime(START + HORIZON.toMillis());
                assertEquals(0, harness.numKeyedStateEntries(), "order " + versions(order));
                assertEquals(0, harness.numProcessingTimeTimers(), "order " + versions(order));
            }
        }
    }

    @Test
    void anOlderOrEqualVersionNeverPassesAndAnOpenDossierKeepsNoTimer() throws Exception {
        try (var harness = harness()) {
            harness.setProcessingTime(START);
            harness.processElement(dossier("a", 2, Timeliness.OPEN), 0);
            harness.processElement(dossier("a", 2, Timeliness.OPEN), 0);
            harness.processElement(dossier("a", 1, Timeliness.LATE), 0);
            assertEquals(List.of(2L), harness.extractOutputValues().stream().map(f -> f.version).toList());
            assertEquals(0, harness.numProcessingTimeTimers(), "an ended snapshot that lost does not end the dossier");
            harness.setProcessingTime(START + 10 * HORIZON.toMillis());
            assertEquals(1, harness.numKeyedStateEntries(), "an open dossier is never forgotten");
        }
    }

    private static KeyedOneInputStreamOperatorTestHarness<String, DossierFacts, DossierFacts> harness()
            throws Exception {
        return ProcessFunctionTestHarnesses.forKeyedProcessFunction(new LatestVersionFilter(HORIZON),
                f -> f.dossierId, Types.STRING);
    }

    private static long last(List<Long> versions) {
        return versions.get(versions.size() - 1);
    }

    private static List<String> versions(List<DossierFacts> order) {
        return order.stream().map(f -> f.dossierId + f.version).toList();
    }

    private static DossierFacts dossier(String id, long version, String timeliness) {
        DossierFacts f = new DossierFacts();
        f.dossierId = id;
        f.version = version;
        f.timeliness = timeliness;
        f.databases = new String[0];
        return f;
    }
}
