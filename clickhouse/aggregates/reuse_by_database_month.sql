-- Per month of submission, unit and database: dossiers and those where reuse was possible, declared, observed or
-- missed, and those possible and either declared or observed (reuse_by_database).
-- order by: month, agency_code, database
-- changed: SELECT DISTINCT toYYYYMM(submitted_at) AS month FROM ${db}.dossier_reuse WHERE ingested_at >= ${since}
SELECT
    toStartOfMonth(submitted_at) AS month,
    agency_code,
    database,
    count() AS n_dossiers,
    sum(is_possible) AS n_possible,
    sum(is_declared) AS n_declared,
    sum(is_observed) AS n_observed,
    sum(is_missed) AS n_missed,
    sumIf(is_declared OR is_observed, is_possible = 1) AS n_possible_used
FROM ${db}.reuse_by_database
WHERE toYYYYMM(submitted_at) IN (${months})
GROUP BY month, agency_code, database
