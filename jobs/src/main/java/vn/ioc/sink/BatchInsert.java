package vn.ioc.sink;

import com.clickhouse.client.api.Client;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.LongConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.ioc.clickhouse.ClickHouseClients;
import vn.ioc.clickhouse.ClickHouseConfig;
import vn.ioc.clickhouse.ClickHouseErrors;
import vn.ioc.clickhouse.InsertErrorReader;
import vn.ioc.parse.Rejection;

/**
 * Writes one batch of TabSeparated rows into one table, whatever ClickHouse answers:
 * <ul>
 *   <li>a retriable failure (connection, time-out, overload, memory) is retried with exponential backoff for up
 *       to {@link SinkOptions#maxRetryDuration()}, then the job fails and restarts from its checkpoint;</li>
 *   <li>a failure that blames the rows' values (parse, type, range) is narrowed down by halving the batch until
 *       the rows ClickHouse refuses are alone: the others are written, and each refused row goes to
 *       {@code rejected_records} with the server's own message, so no row can stall the job;</li>
 *   <li>any other failure (unknown table or column, access denied) fails the job at once with the server's
 *       message: no row of the batch would pass, and retrying would only hide the cause.</li>
 * </ul>
 */
final class BatchInsert implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(BatchInsert.class);
    /** Reason of a row ClickHouse refused, in rejected_records. */
    static final String REFUSED = "REFUSED_BY_CLICKHOUSE";
    /** Longest server message kept per refused row: 18.16 repeats every column of the row in it. */
    private static final int MAX_DETAIL = 2_000;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Client client;
    private final InsertErrorReader errorReader;
    private final String table;
    private final String tableName;
    private final List<String> columns;
    private final String rejectedTable;
    private final SinkOptions options;
    private final LongConsumer retries;
    private final RejectionEncoder rejectionEncoder = new RejectionEncoder();

    BatchInsert(ClickHouseConfig config, String tableName, List<String> columns, SinkOptions options,
            LongConsumer retries) {
        this.client = ClickHouseClients.open(config);
        this.errorReader = new InsertErrorReader(config);
        this.table = config.database() + "." + tableName;
        this.tableName = tableName;
        this.columns = columns;
        this.rejectedTable = config.database() + "." + rejectionEncoder.table();
        this.options = options;
        this.retries = retries;
    }

    /**
     * Writes every row of the batch, or records in rejected_records why ClickHouse refused it; returns how many
     * rows were refused.
     */
    int write(TsvRow batch) throws IOException, InterruptedException {
        TsvRow rejections = new TsvRow();
        writeOrIsolate(batch, 0, batch.rows(), rejections);
        if (rejections.rows() > 0) {
            Throwable failure = insertWithRetries(rejectedTable, rejectionEncoder.columns(), rejections, 0,
                    rejections.rows());
            if (failure != null) {
                throw new IOException("ClickHouse refused to record rows it refused in " + table + ": "
                        + ClickHouseErrors.serverMessage(failure), failure);
            }
        }
        return rejections.rows();
    }

    private void writeOrIsolate(TsvRow batch, int from, int to, TsvRow rejections)
            throws IOException, InterruptedException {
        Throwable failure = insertWithRetries(table, columns, batch, from, to);
        if (failure == null) {
            return;
        }
        if (!ClickHouseErrors.rowData(failure)) {
            throw new IOException("ClickHouse refused the insert into " + table + ": "
                    + ClickHouseErrors.serverMessage(failure), failure);
        }
        if (to - from == 1) {
            reject(batch, from, failure, rejections);
            return;
        }
        int middle = (from + to) >>> 1;
        writeOrIsolate(batch, from, middle, rejections);
        writeOrIsolate(batch, middle, to, rejections);
    }

    private void reject(TsvRow batch, int row, Throwable failure, TsvRow rejections) {
        String message = ClickHouseErrors.serverMessage(failure);
        String text = batch.rowText(row);
        LOG.warn("ClickHouse refused a row of {}: {}", table, message);
        Rejection r = new Rejection(tableName, "", rowKey(text), REFUSED,
                message.length() > MAX_DETAIL ? message.substring(0, MAX_DETAIL) : message, payload(text));
        rejectionEncoder.encode(r, rejections);
        rejections.endRow();
    }

    /** The row as a JSON object of column to TabSeparated field, so an operator sees which value is wrong. */
    private String payload(String rowText) {
        ObjectNode o = JSON.createObjectNode();
        String[] fields = rowText.split("\t", -1);
        for (int i = 0; i < columns.size() && i < fields.length; i++) {
            o.put(columns.get(i), fields[i]);
        }
        return o.toString();
    }

    /**
     * A stable key for a refused row (rejected_records is keyed by feed, file and offset): the same row refused
     * again after a restart replaces its earlier record instead of adding one.
     */
    private static long rowKey(String rowText) {
        byte[] bytes = rowText.getBytes(StandardCharsets.UTF_8);
        long h = 0xcbf29ce484222325L; // FNV-1a 64
        for (byte b : bytes) {
            h = (h ^ (b & 0xff)) * 0x100000001b3L;
        }
        return h & Long.MAX_VALUE;
    }

    /**
     * Inserts rows {@code [from, to)}: null once written; the failure when it is not retriable; an exception when
     * retriable failures outlast the retry budget.
     */
    private Throwable insertWithRetries(String into, List<String> cols, TsvRow rows, int from, int to)
            throws IOException, InterruptedException {
        long deadline = System.currentTimeMillis() + options.maxRetryDuration().toMillis();
        long backoff = options.initialBackoff().toMillis();
        while (true) {
            Throwable failure = insert(into, cols, rows, from, to);
            if (failure == null || !ClickHouseErrors.retriable(failure)) {
                return failure;
            }
            if (System.currentTimeMillis() + backoff > deadline) {
                throw new IOException("insert into " + into + " failed for " + options.maxRetryDuration()
                        + " (" + ClickHouseErrors.serverMessage(failure)
                        + "); giving up so the job restarts from its last checkpoint", failure);
            }
            retries.accept(1);
            LOG.warn("insert of {} rows into {} failed ({}); retrying in {} ms", to - from, into,
                    ClickHouseErrors.serverMessage(failure), backoff);
            Thread.sleep(backoff + ThreadLocalRandom.current().nextLong(backoff / 4 + 1));
            backoff = Math.min(backoff * 2, options.maxBackoff().toMillis());
        }
    }

    private Throwable insert(String into, List<String> cols, TsvRow rows, int from, int to)
            throws InterruptedException {
        int offset = rows.rowStart(from);
        int length = rows.rowEnd(to - 1) - offset;
        try {
            ClickHouseInsert.send(client, into, cols, rows.buffer(), offset, length, options.maxRetryDuration());
            return null;
        } catch (InterruptedException e) {
            throw e;
        } catch (Exception e) {
            return readable(e, into, cols, rows, offset, length);
        }
    }

    /** The failure, or, when client-v2 could not read the server's answer, the answer read by other means. */
    private Throwable readable(Throwable failure, String into, List<String> cols, TsvRow rows, int offset,
            int length) throws InterruptedException {
        return ClickHouseErrors.unreadable(failure)
                ? errorReader.insert(into, cols, rows.buffer(), offset, length)
                : failure;
    }

    @Override
    public void close() {
        client.close();
    }
}
