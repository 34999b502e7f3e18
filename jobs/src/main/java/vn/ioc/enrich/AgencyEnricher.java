package vn.ioc.enrich;

import java.io.Serializable;

/** What {@link AgencyEnrichment} needs to know of a row type whose columns come from the agency catalogue. */
public interface AgencyEnricher<T> extends Serializable {
    /** The agency whose catalogue entry the row depends on. */
    String agencyCode(T row);

    /** Sets the row's catalogue columns from {@code agencies}; says whether any of them changed. */
    boolean enrich(T row, AgencyDirectory agencies);

    /**
     * Whether the row's state may go once the state horizon has passed: an ended dossier, a step, a call. A row
     * that is not (an open dossier, a catalogue entry) is kept.
     */
    boolean releasable(T row);
}
