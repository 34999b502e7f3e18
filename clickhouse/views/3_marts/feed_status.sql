-- Lines read, accepted and rejected per feed (./ioc status): read = accepted + rejected, exactly, whatever replays
-- happened, because the ledger's key is the line's position. Lines a file gained after it was read (appends, the rest
-- of a half line) are never read: the ledger has a row per such stretch, with their number in unread (migration V010).
SELECT
    feed,
    countIf(unread = 0) AS lines_read,
    countIf(unread = 0 AND accepted = 1) AS lines_accepted,
    countIf(unread = 0 AND accepted = 0) AS lines_rejected,
    sum(unread) AS lines_unread
FROM ${db}.feed_ledger FINAL
GROUP BY feed
ORDER BY feed
