package vn.ioc.measure;

/** One call through LGSP/NDXP to a national database, attributed to dossier, agency and officer. */
public class CallFacts {
    public String callId;
    public String dossierId;
    public String database;
    public String api;
    public String service;
    public String platform;
    public String callerAgency;
    /** The calling agency's province. */
    public String provinceCode;
    public String officer;
    public String subjectRef;
    public long calledAt;
    public int outcome;
    public int latencyMs;
}
