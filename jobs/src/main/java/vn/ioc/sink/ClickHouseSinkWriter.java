package vn.ioc.sink;

import java.io.IOException;
import org.apache.flink.api.common.operators.ProcessingTimeService;
import org.apache.flink.api.connector.sink2.SinkWriter;
import org.apache.flink.metrics.Counter;
import org.apache.flink.metrics.Histogram;
import org.apache.flink.metrics.MetricGroup;
import org.apache.flink.metrics.groups.SinkWriterMetricGroup;
import org.apache.flink.runtime.metrics.DescriptiveStatisticsHistogram;
import vn.ioc.clickhouse.ClickHouseConfig;

/**
 * Buffers encoded rows and inserts them as one TabSeparated batch when the batch is full, when the flush interval
 * has passed since its first row, and on every checkpoint. {@link BatchInsert} retries what can pass later and
 * isolates the rows ClickHouse refuses; meanwhile the task thread waits, so backpressure holds the sources instead
 * of buffers growing. Timers run on the task thread (mailbox), so no locking is needed.
 */
final class ClickHouseSinkWriter<T> implements SinkWriter<T> {
    /** Batches the size and latency quantiles are computed over. */
    private static final int HISTOGRAM_WINDOW = 500;

    private final RowEncoder<T> encoder;
    private final SinkOptions options;
    private final ProcessingTimeService timers;
    private final BatchInsert insert;
    private final TsvRow batch = new TsvRow();

    private final Counter rowsWritten;
    private final Counter batchesWritten;
    private final Counter rowsRefused;
    private final Histogram batchRows;
    private final Histogram insertMillis;
    private boolean timerPending;

    ClickHouseSinkWriter(ClickHouseConfig config, RowEncoder<T> encoder, SinkOptions options,
            ProcessingTimeService timers, SinkWriterMetricGroup metrics) {
        this.encoder = encoder;
        this.options = options;
        this.timers = timers;
        // labelled by table, so a metrics backend tells the sinks apart without parsing operator names
        MetricGroup group = metrics.addGroup("table", encoder.table());
        this.rowsWritten = group.counter("rowsWritten");
        this.batchesWritten = group.counter("batchesWritten");
        this.rowsRefused = group.counter("rowsRefused");
        this.insert = new BatchInsert(config, encoder.table(), encoder.columns(), options,
                group.counter("insertRetries")::inc);
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
        int refused = insert.write(batch);
        insertMillis.update(System.currentTimeMillis() - started);
        batchRows.update(batch.rows());
        rowsWritten.inc(batch.rows() - refused);
        rowsRefused.inc(refused);
        batchesWritten.inc();
        batch.reset();
    }

    @Override
    public void close() {
        insert.close();
    }
}
