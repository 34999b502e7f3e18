-- Per day of submission: dossiers per channel (1 in person, 2 online, 3 postal) and the latest submission time.
-- order by: month, day
-- changed: SELECT DISTINCT toYYYYMM(submitted_at) AS month FROM ${db}.dossier_facts WHERE ingested_at >= ${since}
SELECT
    toStartOfMonth(submitted_at) AS month,
    toDate(submitted_at) AS day,
    countIf(channel_name = 'in_person') AS in_person,
    countIf(channel_name = 'online') AS online,
    countIf(channel_name = 'postal') AS postal,
    count() AS total,
    max(submitted_at) AS last_submitted_at
FROM ${db}.dossiers
WHERE toYYYYMM(submitted_at) IN (${months})
GROUP BY month, day
