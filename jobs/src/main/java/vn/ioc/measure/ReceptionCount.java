package vn.ioc.measure;

/** A unit's own count of dossiers received on a day, as stored in {@code reception_reports}. */
public class ReceptionCount {
    public String agencyCode;
    /** Epoch day. */
    public long day;
    public int received;
    public long reportedAt;
}
