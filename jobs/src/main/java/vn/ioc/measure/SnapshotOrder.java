package vn.ioc.measure;

/**
 * The order of a dossier's snapshots, taken from the dossier itself because delivery order is not reliable:
 * first the latest event timestamp the snapshot carries (submission, reception, end of processing, return,
 * refusal, supplement requests and answers — not due dates, which lie in the future), then how far the status
 * is along the lifecycle, then a content hash so that two different snapshots never tie and every replica
 * keeps the same one. Packed into one 64-bit number that ClickHouse's ReplacingMergeTree uses as its version.
 */
public final class SnapshotOrder {
    private SnapshotOrder() {}

    /** Lifecycle rank by status code 1..10: 1 new, 2 received, 4 processing, 5 supplement, 6 payment, 9 processed,
     *  10 returned; refused (3), withdrawn (7) and stopped (8) end the lifecycle. */
    private static final int[] RANK = {0, 1, 2, 8, 3, 4, 5, 8, 8, 6, 7};

    private static final long TIE_BREAK = 0xFFFFL;

    public static long version(long latestEventSecond, int status, int contentHash) {
        return (latestEventSecond << 24) | ((long) RANK[status] << 16) | (contentHash & TIE_BREAK);
    }

    /**
     * A row derived from a snapshot: the snapshot's event time and status, with the tie-break replaced by a
     * measure of the row's own (capped at 16 bits), so that rows of one snapshot order by that measure.
     */
    public static long derived(long snapshotVersion, long measure) {
        return (snapshotVersion & ~TIE_BREAK) | Math.min(measure, TIE_BREAK);
    }
}
