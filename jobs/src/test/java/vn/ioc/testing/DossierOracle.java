package vn.ioc.testing;

import com.clickhouse.client.api.Client;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.ioc.clickhouse.ClickHouseQueries;
import vn.ioc.generate.GroundTruth;

/**
 * Compares what operators see in the {@code dossiers} view with the generator's ground truth, which owes nothing to
 * the pipeline: every dossier exactly once, with its handling agency and the status of its last event.
 */
public final class DossierOracle {
    /** Differences found; all zero means nothing lost, nothing counted twice, nothing wrong. */
    public record Result(int expected, long rows, long lost, long doubleCounted, long unexpected, long wrongStatus,
            long wrongAgency, List<String> examples) {
        public boolean holds() {
            return rows == expected && lost == 0 && doubleCounted == 0 && unexpected == 0 && wrongStatus == 0
                    && wrongAgency == 0;
        }
    }

    private final Map<String, GroundTruth.Dossier> truth = new HashMap<>();

    public DossierOracle(Path truthDir) throws Exception {
        for (GroundTruth.Dossier d : GroundTruth.readDossiers(truthDir)) {
            truth.put(d.dossierId(), d);
        }
    }

    public int size() {
        return truth.size();
    }

    public Result compare(Client client, String database) throws Exception {
        List<Map<String, String>> rows = ClickHouseQueries.select(client,
                "SELECT dossier_id, agency_code, status FROM " + database + ".dossiers");
        Map<String, Integer> seen = new HashMap<>();
        long unexpected = 0;
        long wrongStatus = 0;
        long wrongAgency = 0;
        List<String> examples = new ArrayList<>();
        for (Map<String, String> row : rows) {
            String id = row.get("dossier_id");
            seen.merge(id, 1, Integer::sum);
            GroundTruth.Dossier want = truth.get(id);
            if (want == null) {
                unexpected++;
                note(examples, "unexpected " + id);
            } else if (want.status() != Integer.parseInt(row.get("status"))) {
                wrongStatus++;
                note(examples, id + " status " + row.get("status") + ", truth " + want.status());
            } else if (!want.agencyCode().equals(row.get("agency_code"))) {
                wrongAgency++;
                note(examples, id + " agency " + row.get("agency_code") + ", truth " + want.agencyCode());
            }
        }
        long doubleCounted = seen.values().stream().filter(n -> n > 1).mapToLong(n -> n - 1).sum();
        long lost = truth.keySet().stream().filter(id -> !seen.containsKey(id)).count();
        truth.keySet().stream().filter(id -> !seen.containsKey(id)).limit(3).forEach(id -> note(examples, "lost " + id));
        return new Result(truth.size(), rows.size(), lost, doubleCounted, unexpected, wrongStatus, wrongAgency,
                examples);
    }

    /** Compares until the result holds or three minutes have passed (a streaming job is still writing). */
    public Result await(Client client, String database) throws Exception {
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.MINUTES.toNanos(3);
        Result result;
        do {
            Thread.sleep(500);
            result = compare(client, database);
        } while (!result.holds() && System.nanoTime() < deadline);
        return result;
    }

    private static void note(List<String> examples, String example) {
        if (examples.size() < 10) {
            examples.add(example);
        }
    }
}
