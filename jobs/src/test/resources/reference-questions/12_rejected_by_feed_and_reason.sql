-- name: rejected_by_feed_and_reason
-- question: What bad input arrived, from which feed and file, and why was it rejected?
-- columns: feed, reason, records, files, example_detail
SELECT
    feed,
    reason,
    count() AS records,
    uniqExact(source_file) AS files,
    any(detail) AS example_detail
FROM rejected
GROUP BY feed, reason
ORDER BY records DESC, feed, reason
