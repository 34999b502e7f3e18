package vn.ioc.measure;

/** A procedure's publication as stored in {@code publications}; times are epoch seconds, null when absent. */
public class PublicationFacts {
    public String decisionId;
    public String procedureCode;
    public String agencyCode;
    public long publishDue;
    public Long publishedAt;
    public long publicDue;
    public Long madePublicAt;
    public boolean contentFull;
    public long updatedAt;
}
