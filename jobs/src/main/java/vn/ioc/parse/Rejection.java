package vn.ioc.parse;

/** A rejected record: where it came from, why, and its payload with identifiers scrubbed. */
public class Rejection {
    public String feed;
    public String file;
    public long offset;
    public String reason;
    public String detail;
    public String payload;

    public Rejection() {}

    public Rejection(String feed, String file, long offset, String reason, String detail, String payload) {
        this.feed = feed;
        this.file = file;
        this.offset = offset;
        this.reason = reason;
        this.detail = detail;
        this.payload = payload;
    }
}
