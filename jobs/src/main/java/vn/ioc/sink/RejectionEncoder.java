package vn.ioc.sink;

import java.util.List;
import vn.ioc.parse.Rejection;

/** Columns of {@code rejected_records}; keyed by feed, file and offset so a replay rewrites the same rows. */
public final class RejectionEncoder implements RowEncoder<Rejection> {
    private static final long serialVersionUID = 1L;

    @Override
    public String table() {
        return "rejected_records";
    }

    @Override
    public List<String> columns() {
        return List.of("feed", "source_file", "offset", "reason", "detail", "payload");
    }

    @Override
    public void encode(Rejection r, TsvRow out) {
        out.string(r.feed).string(r.file).number(r.offset).string(r.reason).string(r.detail).string(r.payload);
    }
}
