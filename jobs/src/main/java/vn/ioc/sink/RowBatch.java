package vn.ioc.sink;

import com.clickhouse.client.api.Client;
import java.io.IOException;
import java.time.Duration;
import java.util.List;

/**
 * Rows of one table encoded by its {@link RowEncoder} into one TabSeparated buffer, for writers outside Flink: the
 * same encoding, columns and insert as the sink's, so that whatever changes there changes here.
 */
public final class RowBatch<T> {
    private final RowEncoder<T> encoder;
    private final TsvRow rows = new TsvRow();

    public RowBatch(RowEncoder<T> encoder) {
        this.encoder = encoder;
    }

    public void add(T row) {
        encoder.encode(row, rows);
        rows.endRow();
    }

    public String table() {
        return encoder.table();
    }

    public List<String> columns() {
        return encoder.columns();
    }

    public int rows() {
        return rows.rows();
    }

    public int size() {
        return rows.size();
    }

    /** The encoded rows: the first {@link #size()} bytes. */
    public byte[] bytes() {
        return rows.buffer();
    }

    public void clear() {
        rows.reset();
    }

    public void insertInto(Client client, String database, Duration timeout) throws IOException, InterruptedException {
        ClickHouseInsert.insert(client, database + "." + encoder.table(), encoder.columns(), rows.buffer(),
                rows.size(), timeout);
    }
}
