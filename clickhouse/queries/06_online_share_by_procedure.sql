-- name: online_share_by_procedure
-- question: Which procedures carry the most dossiers, and how many of them come online?
-- columns: procedure_code, procedure_name, dossiers, online, online_pct
SELECT
    procedure_code,
    any(any_procedure_name) AS procedure_name,
    sum(n_dossiers) AS dossiers,
    sum(n_online) AS online,
    round(100 * sum(n_online) / sum(n_dossiers), 2) AS online_pct
FROM dossier_counts
GROUP BY procedure_code
ORDER BY dossiers DESC, procedure_code
LIMIT 20
