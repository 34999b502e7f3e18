package vn.ioc.measure;

/** What the reuse join keeps of a call made for a dossier. */
public class ReuseCall {
    public String callId;
    public String database;
    public int outcome;
    public int latencyMs;

    public static ReuseCall of(CallFacts c) {
        ReuseCall r = new ReuseCall();
        r.callId = c.callId;
        r.database = c.database;
        r.outcome = c.outcome;
        r.latencyMs = c.latencyMs;
        return r;
    }
}
