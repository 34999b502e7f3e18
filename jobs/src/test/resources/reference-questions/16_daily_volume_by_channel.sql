-- name: daily_volume_by_channel
-- question: How many dossiers arrive each day, in person, online and by post?
-- columns: day, in_person, online, postal, total
SELECT
    toDate(submitted_at) AS day,
    countIf(channel = 1) AS in_person,
    countIf(channel = 2) AS online,
    countIf(channel = 3) AS postal,
    count() AS total
FROM dossiers
GROUP BY day
ORDER BY day
