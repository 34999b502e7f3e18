-- Per week of submission (its Monday) and commune-level unit: dossiers and digitized dossiers. A week that spans
-- two months has a row in each.
-- order by: month, week, agency_code
-- changed: SELECT DISTINCT toYYYYMM(submitted_at) AS month FROM ${db}.dossier_facts WHERE ingested_at >= ${since}
SELECT
    toStartOfMonth(submitted_at) AS month,
    toMonday(submitted_at) AS week,
    agency_code,
    successor_agency_code,
    count() AS n_dossiers,
    countIf(digitized = 1) AS n_digitized
FROM ${db}.dossiers
WHERE toYYYYMM(submitted_at) IN (${months}) AND agency_level = 3
GROUP BY month, week, agency_code, successor_agency_code
