package vn.ioc.bench;

import com.clickhouse.client.api.Client;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import vn.ioc.clickhouse.ClickHouseQueries;
import vn.ioc.clickhouse.OperatorQueries;

/**
 * Every operator question, run a number of times after one warm-up, timed from the client with its whole answer
 * received as text (as PostgreSQL's side reads every value of every row), not turned into row objects: questions that
 * list hundreds of thousands of officers or units would otherwise time this JVM's maps.
 */
final class QueryTimings {
    record Timing(String name, double p50Millis, double p95Millis) {}

    private QueryTimings() {}

    static List<Timing> clickHouse(Client client, String database, int repeats) throws Exception {
        List<Timing> out = new ArrayList<>();
        for (OperatorQueries.Query q : OperatorQueries.all()) {
            ClickHouseQueries.answer(client, q.sql(), database);
            double[] ms = new double[repeats];
            for (int i = 0; i < repeats; i++) {
                long started = System.nanoTime();
                ClickHouseQueries.answer(client, q.sql(), database);
                ms[i] = (System.nanoTime() - started) / 1e6;
            }
            out.add(new Timing(q.name(), Percentiles.of(ms, 50), Percentiles.of(ms, 95)));
        }
        return out;
    }

    /** The result file's {@code queries}: per question, p50 and p95 on ClickHouse and on PostgreSQL or null. */
    static ArrayNode json(List<Timing> clickHouse, Map<String, Timing> postgres) {
        ArrayNode queries = JsonNodeFactory.instance.arrayNode();
        for (Timing t : clickHouse) {
            ObjectNode q = queries.addObject();
            q.put("name", t.name());
            q.putObject("clickhouse_ms").put("p50", t.p50Millis()).put("p95", t.p95Millis());
            Timing p = postgres.get(t.name());
            if (p == null) {
                q.putNull("postgres_ms");
            } else {
                q.putObject("postgres_ms").put("p50", p.p50Millis()).put("p95", p.p95Millis());
            }
        }
        return queries;
    }
}
