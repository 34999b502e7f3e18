-- name: digitization_by_level_month
SELECT date_trunc('month', submitted_at)::date AS month, level_name, count(*) AS dossiers,
    count(*) FILTER (WHERE digitized = 1) AS digitized_dossiers,
    round(100.0 * count(*) FILTER (WHERE digitized = 1) / count(*), 2) AS digitized_pct,
    round(100.0 * count(*) FILTER (WHERE e_result = 1) / count(*), 2) AS e_result_pct
FROM dossiers
GROUP BY 1, 2
ORDER BY 1, 2
