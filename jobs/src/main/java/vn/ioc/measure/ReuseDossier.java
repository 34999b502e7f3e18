package vn.ioc.measure;

/**
 * What the reuse join needs of a dossier snapshot, and no more: it is shuffled to the join and kept in its state
 * for every dossier, so each field costs serialization on every update.
 */
public class ReuseDossier {
    public String dossierId;
    public long version;
    public String provinceCode;
    public String agencyCode;
    public int agencyLevel;
    public String successorAgencyCode;
    public String procedureCode;
    public long submittedAt;
    public int applicantType;
    public String[] databases;
    public boolean vneidVerified;
    public String[] paperDocuments;
    /** The dossier has ended: its state is released once the state horizon has passed. */
    public boolean ended;

    public static ReuseDossier of(DossierFacts f) {
        ReuseDossier d = new ReuseDossier();
        d.dossierId = f.dossierId;
        d.version = f.version;
        d.provinceCode = f.provinceCode;
        d.agencyCode = f.agencyCode;
        d.agencyLevel = f.agencyLevel;
        d.successorAgencyCode = f.successorAgencyCode;
        d.procedureCode = f.procedureCode;
        d.submittedAt = f.submittedAt;
        d.applicantType = f.applicantType;
        d.databases = f.databases;
        d.vneidVerified = f.vneidVerified;
        d.paperDocuments = f.paperDocuments == null ? new String[0] : f.paperDocuments;
        d.ended = f.ended();
        return d;
    }
}
