package vn.ioc.parse;

import org.apache.flink.api.common.typeinfo.TypeInfo;

/**
 * That one line of a feed was read, and whether it was accepted: the ledger behind read = accepted + rejected per
 * feed. Keyed by feed, file and offset, so a replayed line is one entry.
 */
@TypeInfo(LedgerEntrySerializer.Factory.class)
public class LedgerEntry {
    public String feed;
    public String file;
    public long offset;
    public boolean accepted;
    /** Not a line read but lines the job will never read, starting at offset (see UnreadLines); 0 for a line. */
    public int unread;

    public LedgerEntry() {}

    public LedgerEntry(String feed, String file, long offset, boolean accepted) {
        this.feed = feed;
        this.file = file;
        this.offset = offset;
        this.accepted = accepted;
    }

    /** That {@code lines} lines of a file, from {@code offset} on, will not be read. */
    public static LedgerEntry unread(String feed, String file, long offset, int lines) {
        LedgerEntry e = new LedgerEntry(feed, file, offset, false);
        e.unread = lines;
        return e;
    }
}
