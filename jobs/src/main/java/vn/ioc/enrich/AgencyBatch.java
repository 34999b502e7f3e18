package vn.ioc.enrich;

/**
 * Catalogue lines that arrived together, broadcast as one: the catalogue operators derive rows again once per
 * batch.
 */
public class AgencyBatch {
    public AgencyRow[] rows;

    public AgencyBatch() {}

    public AgencyBatch(AgencyRow[] rows) {
        this.rows = rows;
    }
}
