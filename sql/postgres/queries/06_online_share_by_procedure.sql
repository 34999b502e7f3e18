-- name: online_share_by_procedure
SELECT procedure_code, min(procedure_name) AS procedure_name, count(*) AS dossiers,
    count(*) FILTER (WHERE channel = 2) AS online,
    round(100.0 * count(*) FILTER (WHERE channel = 2) / count(*), 2) AS online_pct
FROM dossiers
GROUP BY procedure_code
ORDER BY dossiers DESC, procedure_code
LIMIT 20
