-- name: daily_volume_by_channel
SELECT submitted_at::date AS day, count(*) FILTER (WHERE channel = 1) AS in_person,
    count(*) FILTER (WHERE channel = 2) AS online, count(*) FILTER (WHERE channel = 3) AS postal,
    count(*) AS total
FROM dossiers
GROUP BY 1
ORDER BY 1
