-- name: digitization_by_level_month
-- question: How far are dossiers digitized, per level of the handling agency and month of submission?
-- columns: month, level_name, dossiers, digitized_dossiers, digitized_pct, e_result_pct
SELECT
    toStartOfMonth(submitted_at) AS month,
    level_name,
    count() AS dossiers,
    countIf(digitized = 1) AS digitized_dossiers,
    round(100 * countIf(digitized = 1) / count(), 2) AS digitized_pct,
    round(100 * countIf(e_result = 1) / count(), 2) AS e_result_pct
FROM dossiers
GROUP BY month, level_name
ORDER BY month, level_name
