package vn.ioc.sink;

import java.io.Serializable;
import java.util.List;

/** How one kind of row is written to its ClickHouse table: the table, its columns, and each row as TabSeparated. */
public interface RowEncoder<T> extends Serializable {
    /** Table name without the database. */
    String table();

    List<String> columns();

    /** Appends the row's fields in {@link #columns()} order. */
    void encode(T row, TsvRow out);
}
