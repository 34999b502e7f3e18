package vn.ioc.sink;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clickhouse.client.api.Client;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import vn.ioc.clickhouse.ClickHouseClients;
import vn.ioc.clickhouse.ClickHouseConfig;
import vn.ioc.clickhouse.ClickHouseQueries;
import vn.ioc.testing.TestClickHouse;

/** The sink's insert against a real ClickHouse: a refused row never stalls the batch it came in. */
class BatchInsertITCase {
    private static final List<String> COLUMNS = List.of("id", "status", "note");

    private static TsvRow rows(String... statuses) {
        TsvRow batch = new TsvRow();
        for (int i = 0; i < statuses.length; i++) {
            batch.string("row-" + i);
            batch.string(statuses[i]); // the text a faulty encoder would send for a UInt8
            batch.string("n" + i);
            batch.endRow();
        }
        return batch;
    }

    @Test
    void poisonRowsGoToRejectedRecordsWithTheServersTextAndTheRestIsWritten() throws Exception {
        ClickHouseConfig ch = TestClickHouse.migratedDatabase("batch_poison");
        try (Client client = ClickHouseClients.open(ch)) {
            ClickHouseQueries.execute(client, "CREATE TABLE " + ch.database() + ".probe (id String, status UInt8,"
                    + " note String) ENGINE = MergeTree ORDER BY id");
            AtomicLong retries = new AtomicLong();
            String[] statuses = new String[40];
            for (int i = 0; i < statuses.length; i++) {
                statuses[i] = Integer.toString(i % 7);
            }
            statuses[3] = "-1";
            statuses[17] = "2.7";
            statuses[39] = "x";
            long started = System.nanoTime();
            int refused;
            try (BatchInsert insert = new BatchInsert(ch, "probe", COLUMNS, SinkOptions.defaults(),
                    retries::addAndGet)) {
                refused = insert.write(rows(statuses));
            }
            assertEquals(3, refused);
            assertEquals(0, retries.get(), "a refused value is not retried");
            assertTrue(Duration.ofNanos(System.nanoTime() - started).toSeconds() < 30);
            assertEquals("37", count(client, ch.database() + ".probe"));
            assertEquals("0", count(client, ch.database() + ".probe WHERE id IN ('row-3', 'row-17', 'row-39')"));
            List<Map<String, String>> rejected = ClickHouseQueries.select(client, "SELECT feed, reason, detail,"
                    + " payload FROM " + ch.database() + ".rejected ORDER BY payload");
            assertEquals(3, rejected.size(), rejected.toString());
            for (Map<String, String> r : rejected) {
                assertEquals("probe", r.get("feed"));
                assertEquals(BatchInsert.REFUSED, r.get("reason"));
                String detail = r.get("detail");
                assertTrue(detail.startsWith("Code: ") && detail.contains("DB::Exception"), detail);
                assertFalse(detail.contains("Unreadable") || detail.contains("\n"), detail);
            }
            String payload = rejected.get(0).get("payload");
            assertTrue(payload.contains("\"id\":\"row-17\"") && payload.contains("\"status\":\"2.7\""), payload);

            // the same batch again (a replay after a restart) records each refused row once
            try (BatchInsert insert = new BatchInsert(ch, "probe", COLUMNS, SinkOptions.defaults(),
                    retries::addAndGet)) {
                insert.write(rows(statuses));
            }
            assertEquals("3", count(client, ch.database() + ".rejected"));
        }
    }

    private static String count(Client client, String from) throws Exception {
        return ClickHouseQueries.select(client, "SELECT count() AS n FROM " + from + "")
                .get(0).get("n");
    }

    @Test
    void aMissingTableFailsAtOnceWithTheServersMessage() throws Exception {
        ClickHouseConfig ch = TestClickHouse.migratedDatabase("batch_schema");
        AtomicLong retries = new AtomicLong();
        try (BatchInsert insert = new BatchInsert(ch, "no_such_table", COLUMNS, SinkOptions.defaults(),
                retries::addAndGet)) {
            IOException e = assertThrows(IOException.class, () -> insert.write(rows("1", "2")));
            assertTrue(e.getMessage().contains("no_such_table") && e.getMessage().contains("DB::Exception"),
                    e.getMessage());
        }
        assertEquals(0, retries.get());
    }

    @Test
    void anUnreachableServerIsRetriedUntilTheBudgetEnds() throws Exception {
        int closedPort;
        try (ServerSocket s = new ServerSocket(0)) {
            closedPort = s.getLocalPort();
        }
        ClickHouseConfig nowhere = new ClickHouseConfig("http://127.0.0.1:" + closedPort, "default", "", "ioc");
        SinkOptions brief = new SinkOptions(10, Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofMillis(100),
                Duration.ofMillis(400));
        AtomicLong retries = new AtomicLong();
        try (BatchInsert insert = new BatchInsert(nowhere, "probe", COLUMNS, brief, retries::addAndGet)) {
            IOException e = assertThrows(IOException.class, () -> insert.write(rows("1")));
            assertTrue(e.getMessage().contains("giving up"), e.getMessage());
        }
        assertTrue(retries.get() >= 2, "retries: " + retries.get());
    }
}
