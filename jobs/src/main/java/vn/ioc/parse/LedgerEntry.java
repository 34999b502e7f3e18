package vn.ioc.parse;

/**
 * That one line of a feed was read, and whether it was accepted: the ledger behind read = accepted + rejected per
 * feed. Keyed by feed, file and offset, so a replayed line is one entry.
 */
public class LedgerEntry {
    public String feed;
    public String file;
    public long offset;
    public boolean accepted;

    public LedgerEntry() {}

    public LedgerEntry(String feed, String file, long offset, boolean accepted) {
        this.feed = feed;
        this.file = file;
        this.offset = offset;
        this.accepted = accepted;
    }
}
