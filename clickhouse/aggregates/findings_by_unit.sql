-- Per month of submission, unit and finding (the dossier's own quality flags): dossiers.
-- order by: month, agency_code, finding
-- changed: SELECT DISTINCT toYYYYMM(submitted_at) AS month FROM ${db}.dossier_facts WHERE ingested_at >= ${since}
SELECT
    toStartOfMonth(submitted_at) AS month,
    agency_code,
    finding,
    count() AS n_dossiers
FROM ${db}.dossiers
ARRAY JOIN quality_flags AS finding
WHERE toYYYYMM(submitted_at) IN (${months})
GROUP BY month, agency_code, finding
