package vn.ioc.bench;

import com.clickhouse.client.api.Client;
import java.util.ArrayList;
import java.util.List;
import vn.ioc.clickhouse.ClickHouseQueries;
import vn.ioc.clickhouse.OperatorQueries;

/** Every operator question, run a number of times after one warm-up, timed from the client (answer included). */
final class QueryTimings {
    record Timing(String name, double p50Millis, double p95Millis) {}

    private QueryTimings() {}

    static List<Timing> clickHouse(Client client, String database, int repeats) throws Exception {
        List<Timing> out = new ArrayList<>();
        for (OperatorQueries.Query q : OperatorQueries.all()) {
            ClickHouseQueries.select(client, q.sql(), database);
            double[] ms = new double[repeats];
            for (int i = 0; i < repeats; i++) {
                long started = System.nanoTime();
                ClickHouseQueries.select(client, q.sql(), database);
                ms[i] = (System.nanoTime() - started) / 1e6;
            }
            out.add(new Timing(q.name(), Percentiles.of(ms, 50), Percentiles.of(ms, 95)));
        }
        return out;
    }
}
