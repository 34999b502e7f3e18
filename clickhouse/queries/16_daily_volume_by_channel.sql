-- name: daily_volume_by_channel
-- question: How many dossiers arrive each day, in person, online and by post?
-- columns: day, in_person, online, postal, total
SELECT
    day,
    in_person,
    online,
    postal,
    total
FROM daily_channels
ORDER BY day
