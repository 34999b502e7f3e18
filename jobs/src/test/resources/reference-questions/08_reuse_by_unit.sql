-- name: reuse_by_unit
-- question: How much previously digitized data does each unit reuse, and from where (earlier component, earlier result, DVCQG store)?
-- columns: agency_code, dossiers, reused_dossiers, from_component, from_result, from_store_dossiers, reused_pct
SELECT
    agency_code,
    count() AS dossiers,
    countIf(reused = 1) AS reused_dossiers,
    countIf(components_reused_component > 0) AS from_component,
    countIf(components_reused_result > 0) AS from_result,
    countIf(from_store = 1) AS from_store_dossiers,
    round(100 * countIf(reused = 1) / count(), 2) AS reused_pct
FROM dossiers
GROUP BY agency_code
ORDER BY reused_pct DESC, agency_code
