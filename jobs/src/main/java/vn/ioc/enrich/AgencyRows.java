package vn.ioc.enrich;

/** The agencies table's rows: resolved against the whole catalogue, kept while the job runs (reference data). */
public final class AgencyRows implements AgencyEnricher<AgencyRow> {
    private static final long serialVersionUID = 1L;

    @Override
    public String agencyCode(AgencyRow row) {
        return row.code;
    }

    @Override
    public boolean enrich(AgencyRow row, AgencyDirectory agencies) {
        return AgencyRowMapper.resolve(row, agencies);
    }

    @Override
    public boolean releasable(AgencyRow row) {
        return false;
    }
}
