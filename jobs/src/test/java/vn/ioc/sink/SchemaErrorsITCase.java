package vn.ioc.sink;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clickhouse.client.api.Client;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import vn.ioc.clickhouse.ClickHouseClients;
import vn.ioc.clickhouse.ClickHouseConfig;
import vn.ioc.clickhouse.ClickHouseQueries;
import vn.ioc.testing.TestClickHouse;

/**
 * After a bad deploy the table no longer matches what the sink sends. Against a real ClickHouse (18.16 locally,
 * whose error bodies client-v2 cannot read, or the server named by CLICKHOUSE_URL), such an error is classified at
 * once and never retried: a column the table lacks fails the job within seconds with the table and the server's
 * error, not after the ten minutes of retries a server outage gets; a column whose type changed refuses the values,
 * so the rows go to rejected_records with the server's text, also without a retry.
 */
class SchemaErrorsITCase {
    private static final List<String> COLUMNS = List.of("id", "status", "note");
    private static final Duration FAST = Duration.ofSeconds(30);

    @Test
    void aColumnTheTableLacksFailsAtOnceNamingTheTableAndTheError() throws Exception {
        ClickHouseConfig ch = TestClickHouse.migratedDatabase("schema_column");
        try (Client client = ClickHouseClients.open(ch)) {
            ClickHouseQueries.execute(client, "CREATE TABLE " + ch.database() + ".probe (id String, status UInt8)"
                    + " ENGINE = MergeTree ORDER BY id");
            AtomicLong retries = new AtomicLong();
            long started = System.nanoTime();
            try (BatchInsert insert = new BatchInsert(ch, "probe", COLUMNS, SinkOptions.defaults(),
                    retries::addAndGet)) {
                IOException e = assertThrows(IOException.class, () -> insert.write(rows(3)));
                String message = e.getMessage();
                assertTrue(message.startsWith("ClickHouse refused the insert into " + ch.database() + ".probe: Code: 16."),
                        message);
                assertTrue(message.contains("note") && !message.contains("\n"), message);
            }
            assertEquals(0, retries.get(), "a schema error is not retried");
            assertTrue(Duration.ofNanos(System.nanoTime() - started).compareTo(FAST) < 0);
            assertEquals("0", count(client, ch.database() + ".rejected"), "no row is blamed for the schema");
        }
    }

    @Test
    void aColumnWhoseTypeChangedRefusesTheValuesWithoutARetry() throws Exception {
        ClickHouseConfig ch = TestClickHouse.migratedDatabase("schema_type");
        try (Client client = ClickHouseClients.open(ch)) {
            ClickHouseQueries.execute(client, "CREATE TABLE " + ch.database() + ".probe (id String,"
                    + " status Array(UInt8), note String) ENGINE = MergeTree ORDER BY id");
            AtomicLong retries = new AtomicLong();
            long started = System.nanoTime();
            int refused;
            try (BatchInsert insert = new BatchInsert(ch, "probe", COLUMNS, SinkOptions.defaults(),
                    retries::addAndGet)) {
                refused = insert.write(rows(4));
            }
            assertEquals(4, refused);
            assertEquals(0, retries.get(), "a refused value is not retried");
            assertTrue(Duration.ofNanos(System.nanoTime() - started).compareTo(FAST) < 0);
            assertEquals("0", count(client, ch.database() + ".probe"));
            assertEquals("4", count(client, ch.database() + ".rejected WHERE feed = 'probe' AND reason = '"
                    + BatchInsert.REFUSED + "' AND detail LIKE 'Code: %DB::Exception%'"));
        }
    }

    private static TsvRow rows(int n) {
        TsvRow batch = new TsvRow();
        for (int i = 0; i < n; i++) {
            batch.string("row-" + i);
            batch.string(Integer.toString(i));
            batch.string("n" + i);
            batch.endRow();
        }
        return batch;
    }

    private static String count(Client client, String from) throws Exception {
        return ClickHouseQueries.select(client, "SELECT count() AS n FROM " + from).get(0).get("n");
    }
}
