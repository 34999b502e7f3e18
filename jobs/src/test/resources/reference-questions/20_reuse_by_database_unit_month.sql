-- name: reuse_by_database_unit_month
-- question: Per national database, unit and month: of the dossiers where reuse was possible, how many declared it, how many show a call, and how many missed it?
-- columns: month, agency_code, database, dossiers, possible, declared, observed, missed, reuse_pct
SELECT
    toStartOfMonth(submitted_at) AS month,
    agency_code,
    database,
    count() AS dossiers,
    sum(is_possible) AS possible,
    sum(is_declared) AS declared,
    sum(is_observed) AS observed,
    sum(is_missed) AS missed,
    round(100 * sumIf(is_declared OR is_observed, is_possible = 1) / greatest(sum(is_possible), 1), 2) AS reuse_pct
FROM reuse_by_database
GROUP BY month, agency_code, database
HAVING possible + declared + observed > 0
ORDER BY month, agency_code, database
