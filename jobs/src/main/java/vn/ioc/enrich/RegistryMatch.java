package vn.ioc.enrich;

/**
 * What one registry knows of a dossier's applicant right now: found or not, and the record's status, validity and
 * time of change. Re-sent whenever the registry record or the dossier changes; the latest one is the truth.
 */
public class RegistryMatch {
    public String dossierId;
    public String registry;
    public boolean found;
    public int status;
    public long since;
    public long updatedAt;
}
