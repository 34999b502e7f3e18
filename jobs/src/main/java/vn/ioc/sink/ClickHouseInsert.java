package vn.ioc.sink;

import com.clickhouse.client.api.Client;
import com.clickhouse.client.api.insert.InsertResponse;
import com.clickhouse.client.api.insert.InsertSettings;
import com.clickhouse.data.ClickHouseFormat;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One insert of TabSeparated rows into a table with client-v2, with the columns named: the call the sink makes,
 * shared with the benchmark's filler, which writes the same encoded rows without Flink.
 */
public final class ClickHouseInsert {
    private ClickHouseInsert() {}

    /** Inserts {@code length} bytes of rows; every failure is an IOException with the root cause's message. */
    public static void insert(Client client, String table, List<String> columns, byte[] rows, int length,
            Duration timeout) throws IOException, InterruptedException {
        try {
            send(client, table, columns, rows, 0, length, timeout);
        } catch (TimeoutException e) {
            throw new IOException("insert timed out", e);
        } catch (InterruptedException | IOException e) {
            throw e;
        } catch (Exception e) {
            throw new IOException(rootMessage(e), e);
        }
    }

    /**
     * Inserts {@code length} bytes of rows from {@code offset}; a failure is thrown as client-v2 reports it (the
     * cause of its future's ExecutionException; connection failures are unchecked), for callers that classify it.
     */
    public static void send(Client client, String table, List<String> columns, byte[] rows, int offset, int length,
            Duration timeout) throws Exception {
        try (InsertResponse ignored = client.insert(table, columns, out -> out.write(rows, offset, length),
                        ClickHouseFormat.TabSeparated, new InsertSettings())
                .get(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            // the response carries only statistics
        } catch (ExecutionException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
    }

    static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getClass().getSimpleName() + ": " + t.getMessage();
    }
}
