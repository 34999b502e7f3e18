-- name: digitization_by_level_month
-- question: How far are dossiers digitized, per level of the handling agency and month of submission?
-- columns: month, level_name, dossiers, digitized_dossiers, digitized_pct, e_result_pct
SELECT
    month,
    level_name,
    sum(n_dossiers) AS dossiers,
    sum(n_digitized) AS digitized_dossiers,
    round(100 * sum(n_digitized) / sum(n_dossiers), 2) AS digitized_pct,
    round(100 * sum(n_e_result) / sum(n_dossiers), 2) AS e_result_pct
FROM dossier_counts
GROUP BY month, level_name
ORDER BY month, level_name
