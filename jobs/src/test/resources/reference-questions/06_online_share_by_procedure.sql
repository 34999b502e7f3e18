-- name: online_share_by_procedure
-- question: Which procedures carry the most dossiers, and how many of them come online?
-- columns: procedure_code, procedure_name, dossiers, online, online_pct
SELECT
    procedure_code,
    any(procedure_name) AS procedure_name,
    count() AS dossiers,
    countIf(channel = 2) AS online,
    round(100 * countIf(channel = 2) / count(), 2) AS online_pct
FROM dossiers
GROUP BY procedure_code
ORDER BY dossiers DESC, procedure_code
LIMIT 20
