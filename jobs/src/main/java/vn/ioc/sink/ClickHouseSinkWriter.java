package vn.ioc.sink;

import java.io.IOException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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
 * has passed since its first row, and on every checkpoint. The insert runs on a thread of its own while the task
 * thread encodes the next batch, so the job and ClickHouse work at the same time; at most one insert is in flight,
 * and the next batch waits for it, so backpressure still holds the sources instead of buffers growing. A
 * checkpoint (flush) waits until every row is inserted. {@link BatchInsert} retries what can pass later and isolates
 * the rows ClickHouse refuses; its failure fails the task at the next batch or flush. Timers run on the task
 * thread (mailbox), so only the hand-over of a batch needs ordering, which waiting for the insert gives.
 */
final class ClickHouseSinkWriter<T> implements SinkWriter<T> {
    /** Batches the size and latency quantiles are computed over. */
    private static final int HISTOGRAM_WINDOW = 500;

    private final RowEncoder<T> encoder;
    private final SinkOptions options;
    private final ProcessingTimeService timers;
    private final BatchInsert insert;
    /** Rows being encoded. */
    private TsvRow batch = new TsvRow();
    /** Rows of the insert in flight, or an empty buffer for the next batch when none is. */
    private TsvRow sending = new TsvRow();
    private final ExecutorService sender;
    private Future<?> inFlight;

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
        this.sender = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "clickhouse insert into " + encoder.table());
            t.setDaemon(true);
            return t;
        });
    }

    @Override
    public void write(T element, Context context) throws IOException, InterruptedException {
        encoder.encode(element, batch);
        batch.endRow();
        if (batch.rows() >= options.batchRows()) {
            send(false);
        } else if (!timerPending) {
            timerPending = true;
            timers.registerTimer(timers.getCurrentProcessingTime() + options.flushInterval().toMillis(), t -> {
                timerPending = false;
                send(false);
            });
        }
    }

    @Override
    public void flush(boolean endOfInput) throws IOException, InterruptedException {
        send(true);
    }

    /** Hands the batch to the sender once the previous insert is done; with {@code await}, waits for this one too. */
    private void send(boolean await) throws IOException, InterruptedException {
        awaitInFlight();
        if (batch.rows() > 0) {
            TsvRow rows = batch;
            batch = sending;
            sending = rows;
            inFlight = sender.submit(() -> {
                insert(rows);
                return null;
            });
        }
        if (await) {
            awaitInFlight();
        }
    }

    private void awaitInFlight() throws IOException, InterruptedException {
        if (inFlight == null) {
            return;
        }
        try {
            inFlight.get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
        } finally {
            inFlight = null;
            sending.reset();
        }
    }

    private void insert(TsvRow rows) throws IOException, InterruptedException {
        long started = System.currentTimeMillis();
        int refused = insert.write(rows);
        insertMillis.update(System.currentTimeMillis() - started);
        batchRows.update(rows.rows());
        rowsWritten.inc(rows.rows() - refused);
        rowsRefused.inc(refused);
        batchesWritten.inc();
    }

    @Override
    public void close() {
        sender.shutdownNow();
        insert.close();
    }
}
