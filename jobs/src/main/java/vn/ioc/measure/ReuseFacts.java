package vn.ioc.measure;

/**
 * The three views of data reuse for one dossier (domain.md §7), per database code (CSDLQGDC population,
 * CSDLQGDKDN business registry, CSDLQGBH insurance; KQ earlier results): what the dossier declared, what the
 * exchange log shows was called, and what was possible (the registry holds the applicant and the procedure has a
 * component it can replace) or missed (possible, yet submitted on paper with the database neither declared nor
 * called). Revised whenever a snapshot, registry record or call about the dossier arrives.
 */
public class ReuseFacts {
    public String dossierId;
    /**
     * The dossier's lifecycle version (event time and status, {@link SnapshotOrder}) with its low 16 bits replaced
     * by how much is known: 1 + calls + registry matches (2 when found). A revision that adds a call or a match has a
     * higher version; one that changes nothing countable (a registry status change) ties and, inserted later, wins.
     */
    public long version;
    public String provinceCode;
    public String agencyCode;
    public int agencyLevel;
    public String successorAgencyCode;
    public String procedureCode;
    public long submittedAt;
    public int applicantType;
    public String[] declared;
    public String[] observed;
    public String[] observedMatched;
    public String[] registriesFound;
    public String[] possible;
    public String[] missed;
    public int missedComponents;
    public int calls;
    public int callErrors;
    public int callsNotFound;
    public int maxLatencyMs;
    public String[] findings;
}
