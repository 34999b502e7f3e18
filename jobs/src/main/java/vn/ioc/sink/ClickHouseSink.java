package vn.ioc.sink;

import org.apache.flink.api.connector.sink2.Sink;
import org.apache.flink.api.connector.sink2.SinkWriter;
import org.apache.flink.api.connector.sink2.WriterInitContext;
import vn.ioc.clickhouse.ClickHouseConfig;

/**
 * Flink Sink V2 into one ClickHouse table over HTTP with the official client-v2. At-least-once: every checkpoint
 * waits until all buffered rows are inserted. The tables are ReplacingMergeTree keyed by the rows' identity, so a
 * row written twice (after a restart, or a retry whose first attempt did land) is counted once by the views.
 * ClickHouse's own Flink connector is not on Maven Central and promises no more, hence this one.
 */
public final class ClickHouseSink<T> implements Sink<T> {
    private static final long serialVersionUID = 1L;

    private final ClickHouseConfig config;
    private final RowEncoder<T> encoder;
    private final SinkOptions options;

    public ClickHouseSink(ClickHouseConfig config, RowEncoder<T> encoder, SinkOptions options) {
        this.config = config;
        this.encoder = encoder;
        this.options = options;
    }

    @Override
    public SinkWriter<T> createWriter(WriterInitContext context) {
        return new ClickHouseSinkWriter<>(config, encoder, options, context.getProcessingTimeService(),
                context.metricGroup());
    }
}
