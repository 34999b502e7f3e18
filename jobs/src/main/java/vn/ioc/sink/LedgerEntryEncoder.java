package vn.ioc.sink;

import java.util.List;
import vn.ioc.parse.LedgerEntry;

/** Columns of {@code feed_ledger} (clickhouse/migrations/V002, V010). */
public final class LedgerEntryEncoder implements RowEncoder<LedgerEntry> {
    private static final long serialVersionUID = 1L;

    @Override
    public String table() {
        return "feed_ledger";
    }

    @Override
    public List<String> columns() {
        return List.of("feed", "source_file", "offset", "accepted", "unread");
    }

    @Override
    public void encode(LedgerEntry e, TsvRow out) {
        out.string(e.feed).string(e.file).number(e.offset).bool(e.accepted).number(e.unread);
    }
}
