-- One entry per line read from a feed, accepted or rejected: read = accepted + rejected per feed, exactly,
-- whatever replays happened (the key is the line's position). ./ioc status reads feed_status.
CREATE TABLE IF NOT EXISTS ${db}.feed_ledger
(
    feed String,
    source_file String,
    offset UInt64,
    accepted UInt8
)
ENGINE = ReplacingMergeTree
ORDER BY (feed, source_file, offset);

CREATE VIEW IF NOT EXISTS ${db}.feed_status AS
SELECT
    feed,
    count() AS lines_read,
    countIf(accepted = 1) AS lines_accepted,
    countIf(accepted = 0) AS lines_rejected
FROM ${db}.feed_ledger FINAL
GROUP BY feed
ORDER BY feed;
