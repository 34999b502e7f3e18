package vn.ioc.measure;

/** A petition or rating as stored in {@code petitions}; times are epoch seconds, null when absent. */
public class PetitionFacts {
    public String petitionId;
    public int kind;
    public String agencyCode;
    public String dossierId;
    public long receivedAt;
    public Long dueAt;
    public Long handledAt;
    /** Petitions: 1 satisfied, 0 not, null not judged. */
    public Integer satisfied;
    /** Ratings: 1 very satisfied, 2 satisfied, 3 dissatisfied; 0 for petitions. */
    public int rating;
    public long updatedAt;
}
