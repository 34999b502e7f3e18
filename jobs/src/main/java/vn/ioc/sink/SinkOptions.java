package vn.ioc.sink;

import java.io.Serializable;
import java.time.Duration;

/**
 * Batching and retry of the ClickHouse sink. Defaults: 10,000 rows or one second per insert (ClickHouse wants few,
 * large inserts; operators want to see a record within seconds), retries with exponential backoff for up to ten
 * minutes (a server restart or a short outage is ridden out; a longer one fails the job, which then restarts
 * from its last checkpoint).
 */
public record SinkOptions(int batchRows, Duration flushInterval, Duration maxRetryDuration, Duration initialBackoff,
        Duration maxBackoff) implements Serializable {

    public static SinkOptions defaults() {
        return new SinkOptions(10_000, Duration.ofSeconds(1), Duration.ofMinutes(10), Duration.ofMillis(200),
                Duration.ofSeconds(10));
    }

    public SinkOptions withBatchRows(int rows) {
        if (rows < 1) {
            throw new IllegalArgumentException("batch rows must be positive");
        }
        return new SinkOptions(rows, flushInterval, maxRetryDuration, initialBackoff, maxBackoff);
    }

    public SinkOptions withFlushInterval(Duration interval) {
        return new SinkOptions(batchRows, interval, maxRetryDuration, initialBackoff, maxBackoff);
    }
}
