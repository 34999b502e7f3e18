package vn.ioc.enrich;

/**
 * One version of one registry record (population, business registry or insurance) as the registry dimension
 * tables hold it: the key and any linked identifier pseudonymized, a few attributes, the change time as version.
 */
public class RegistryRow {
    public String registry;
    public String keyRef;
    /** Insurance: the holder's citizen pseudonym; population: the old id card's; otherwise empty. */
    public String linkedRef;
    public int status;
    /** Population: birth year; business registry: founding day; insurance: expiry day (epoch day), or 0. */
    public long since;
    public String province;
    public String commune;
    public long updatedAt;
    public boolean deleted;
    /** Findings of the record's own fields ({@code EMPTIED:<field>}), see {@link vn.ioc.parse.OptionalField}. */
    public String[] qualityFlags = new String[0];
}
