-- name: reuse_by_unit
-- question: How much previously digitized data does each unit reuse, and from where (earlier component, earlier result, DVCQG store)?
-- columns: agency_code, dossiers, reused_dossiers, from_component, from_result, from_store_dossiers, reused_pct
SELECT
    agency_code,
    sum(n_dossiers) AS dossiers,
    sum(n_reused) AS reused_dossiers,
    sum(n_from_component) AS from_component,
    sum(n_from_result) AS from_result,
    sum(n_from_store) AS from_store_dossiers,
    round(100 * sum(n_reused) / sum(n_dossiers), 2) AS reused_pct
FROM dossier_counts
GROUP BY agency_code
ORDER BY reused_pct DESC, agency_code
