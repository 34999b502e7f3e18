-- Lines read, accepted and rejected per feed (./ioc status): read = accepted + rejected, exactly, whatever replays
-- happened, because the ledger's key is the line's position.
SELECT
    feed,
    count() AS lines_read,
    countIf(accepted = 1) AS lines_accepted,
    countIf(accepted = 0) AS lines_rejected
FROM ${db}.feed_ledger FINAL
GROUP BY feed
ORDER BY feed
