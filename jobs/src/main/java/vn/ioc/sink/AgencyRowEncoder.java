package vn.ioc.sink;

import java.util.List;
import vn.ioc.enrich.AgencyRow;

/** Columns of {@code agencies}. */
public final class AgencyRowEncoder implements RowEncoder<AgencyRow> {
    private static final long serialVersionUID = 1L;

    @Override
    public String table() {
        return "agencies";
    }

    @Override
    public List<String> columns() {
        return List.of("agency_code", "name", "level", "parent_code", "valid_from", "valid_to", "successor_code",
                "current_successor_code", "province_code", "rollup_units");
    }

    @Override
    public void encode(AgencyRow r, TsvRow out) {
        out.string(r.code).string(r.name).number(r.level).string(r.parentCode).date(r.validFromDay)
                .nullableDate(r.validToDay).string(r.successorCode).string(r.currentSuccessorCode)
                .string(r.provinceCode).stringArray(r.rollupUnits);
    }
}
