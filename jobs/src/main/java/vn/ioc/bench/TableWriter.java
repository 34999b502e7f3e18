package vn.ioc.bench;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import vn.ioc.sink.RowBatch;
import vn.ioc.sink.RowEncoder;

/**
 * Rows of one table on their way to a {@link BatchLoader}: encoded into a batch until it reaches a size, then handed
 * over while the next batch fills. Three batches per table at most, so memory stays bounded at any volume.
 */
final class TableWriter<T> {
    private static final int BATCHES = 3;

    private final RowEncoder<T> encoder;
    private final BatchLoader loader;
    private final int flushBytes;
    private final BlockingQueue<RowBatch<?>> free = new ArrayBlockingQueue<>(BATCHES);
    private RowBatch<T> current;
    private long rows;
    private long batches;

    TableWriter(RowEncoder<T> encoder, BatchLoader loader, int flushBytes) {
        this.encoder = encoder;
        this.loader = loader;
        this.flushBytes = flushBytes;
        for (int i = 0; i < BATCHES; i++) {
            free.add(new RowBatch<>(encoder));
        }
        current = take();
    }

    void add(T row) throws Exception {
        current.add(row);
        rows++;
        if (current.size() >= flushBytes) {
            flush();
        }
    }

    /** Hands over what is buffered (nothing when empty). */
    void flush() throws Exception {
        if (current.rows() > 0) {
            loader.submit(current, free);
            batches++;
            current = take();
        }
    }

    String table() {
        return encoder.table();
    }

    java.util.List<String> columns() {
        return encoder.columns();
    }

    long rows() {
        return rows;
    }

    long batches() {
        return batches;
    }

    @SuppressWarnings("unchecked")
    private RowBatch<T> take() {
        try {
            return (RowBatch<T>) free.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a free batch", e);
        }
    }
}
