package vn.ioc.sink;

import java.util.List;
import vn.ioc.measure.ReceptionCount;

/** Columns of {@code reception_reports}. */
public final class ReceptionCountEncoder implements RowEncoder<ReceptionCount> {
    private static final long serialVersionUID = 1L;

    @Override
    public String table() {
        return "reception_reports";
    }

    @Override
    public List<String> columns() {
        return List.of("agency_code", "day", "received", "reported_at");
    }

    @Override
    public void encode(ReceptionCount c, TsvRow out) {
        out.string(c.agencyCode).date(c.day).number(c.received).dateTime(c.reportedAt);
    }
}
