package vn.ioc.clickhouse;

import com.clickhouse.client.api.Client;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Lines read, accepted and rejected per feed, and the lines the job knows it will never read (unread: a file grew
 * or shrank after it was read, or ended in a half line), from the ledger the job writes (view feed_status).
 */
public final class FeedStatus {
    public record Counts(long read, long accepted, long rejected, long unread) {
        public Counts(long read, long accepted, long rejected) {
            this(read, accepted, rejected, 0);
        }
    }

    private FeedStatus() {}

    public static Map<String, Counts> read(Client client, String database) throws Exception {
        Map<String, Counts> out = new LinkedHashMap<>();
        for (Map<String, String> row : ClickHouseQueries.select(client,
                "SELECT feed, lines_read, lines_accepted, lines_rejected, lines_unread FROM " + database
                        + ".feed_status")) {
            out.put(row.get("feed"), new Counts(Long.parseLong(row.get("lines_read")),
                    Long.parseLong(row.get("lines_accepted")), Long.parseLong(row.get("lines_rejected")),
                    Long.parseLong(row.get("lines_unread"))));
        }
        return out;
    }
}
