-- name: reuse_by_database_unit_month
-- question: Per national database, unit and month: of the dossiers where reuse was possible, how many declared it, how many show a call, and how many missed it?
-- columns: month, agency_code, database, dossiers, possible, declared, observed, missed, reuse_pct
SELECT
    month,
    agency_code,
    database,
    sum(n_dossiers) AS dossiers,
    sum(n_possible) AS possible,
    sum(n_declared) AS declared,
    sum(n_observed) AS observed,
    sum(n_missed) AS missed,
    round(100 * sum(n_possible_used) / greatest(sum(n_possible), 1), 2) AS reuse_pct
FROM reuse_by_database_month
GROUP BY month, agency_code, database
HAVING possible + declared + observed > 0
ORDER BY month, agency_code, database
