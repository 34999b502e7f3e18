package vn.ioc.enrich;

import java.io.Serializable;

/**
 * The reference data the job enriches with, loaded when the job is built: from the catalogue feeds' files (the
 * embedded default) or from the one-stop system's PostgreSQL through flink-connector-jdbc.
 */
public record Catalogues(AgencyDirectory agencies, ProcedureCatalogue procedures) implements Serializable {
    public static Catalogues empty() {
        return new Catalogues(AgencyDirectory.empty(), ProcedureCatalogue.empty());
    }
}
