package vn.ioc.sink;

import com.clickhouse.client.api.Client;
import java.io.IOException;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.flink.api.common.operators.ProcessingTimeService;
import org.apache.flink.api.connector.sink2.SinkWriter;
import org.apache.flink.metrics.Counter;
import org.apache.flink.metrics.Histogram;
import org.apache.flink.metrics.MetricGroup;
import org.apache.flink.metrics.groups.SinkWriterMetricGroup;
import org.apache.flink.runtime.metrics.DescriptiveStatisticsHistogram;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.ioc.clickhouse.ClickHouseClients;
import vn.ioc.clickhouse.ClickHouseConfig;

/**
 * Buffers encoded rows and inserts them as one TabSeparated batch when the batch is full, when the flush interval
 * has passed since its first row, and on every checkpoint. A failed insert is retried with the same rows and
 * exponential backoff; meanwhile the task thread waits, so backpressure holds the sources instead of buffers
 * growing. Timers run on the task thread (mailbox), so no locking is needed.
 */
final class ClickHouseSinkWriter<T> implements SinkWriter<T> {
    private static final Logger LOG = LoggerFactory.getLogger(ClickHouseSinkWriter.class);
    /** Batches the size and latency quantiles are computed over. */
    private static final int HISTOGRAM_WINDOW = 500;

    private final RowEncoder<T> encoder;
    private final SinkOptions options;
    private final ProcessingTimeService timers;
    private final Client client;
    private final String table;
    private final TsvRow batch = new TsvRow();

    private final Counter rowsWritten;
    private final Counter batchesWritten;
    private final Counter insertRetries;
    private final Histogram batchRows;
    private final Histogram insertMillis;
    private boolean timerPending;

    ClickHouseSinkWriter(ClickHouseConfig config, RowEncoder<T> encoder, SinkOptions options,
            ProcessingTimeService timers, SinkWriterMetricGroup metrics) {
        this.encoder = encoder;
        this.options = options;
        this.timers = timers;
        this.client = ClickHouseClients.open(config);
        this.table = config.database() + "." + encoder.table();
        // labelled by table, so a metrics backend tells the sinks apart without parsing operator names
        MetricGroup group = metrics.addGroup("table", encoder.table());
        this.rowsWritten = group.counter("rowsWritten");
        this.batchesWritten = group.counter("batchesWritten");
        this.insertRetries = group.counter("insertRetries");
        this.batchRows = group.histogram("batchRows", new DescriptiveStatisticsHistogram(HISTOGRAM_WINDOW));
        this.insertMillis = group.histogram("insertMillis", new DescriptiveStatisticsHistogram(HISTOGRAM_WINDOW));
    }

    @Override
    public void write(T element, Context context) throws IOException, InterruptedException {
        encoder.encode(element, batch);
        batch.endRow();
        if (batch.rows() >= options.batchRows()) {
            send();
        } else if (!timerPending) {
            timerPending = true;
            timers.registerTimer(timers.getCurrentProcessingTime() + options.flushInterval().toMillis(), t -> {
                timerPending = false;
                send();
            });
        }
    }

    @Override
    public void flush(boolean endOfInput) throws IOException, InterruptedException {
        send();
    }

    private void send() throws IOException, InterruptedException {
        if (batch.rows() == 0) {
            return;
        }
        long started = System.currentTimeMillis();
        long deadline = started + options.maxRetryDuration().toMillis();
        long backoff = options.initialBackoff().toMillis();
        while (true) {
            try {
                insert();
                break;
            } catch (IOException e) {
                if (System.currentTimeMillis() + backoff > deadline) {
                    throw new IOException("insert into " + table + " failed for " + options.maxRetryDuration()
                            + "; giving up so the job restarts from its last checkpoint", e);
                }
                insertRetries.inc();
                LOG.warn("insert of {} rows into {} failed ({}); retrying in {} ms", batch.rows(), table,
                        e.getMessage(), backoff);
                Thread.sleep(backoff + ThreadLocalRandom.current().nextLong(backoff / 4 + 1));
                backoff = Math.min(backoff * 2, options.maxBackoff().toMillis());
            }
        }
        insertMillis.update(System.currentTimeMillis() - started);
        batchRows.update(batch.rows());
        rowsWritten.inc(batch.rows());
        batchesWritten.inc();
        batch.reset();
    }

    private void insert() throws IOException, InterruptedException {
        ClickHouseInsert.insert(client, table, encoder.columns(), batch.buffer(), batch.size(),
                options.maxRetryDuration());
    }

    @Override
    public void close() {
        client.close();
    }
}
