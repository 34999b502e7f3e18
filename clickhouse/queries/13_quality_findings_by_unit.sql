-- name: quality_findings_by_unit
-- question: Which units send suspect dossiers (accepted, but flagged), and with which findings?
-- columns: agency_code, finding, dossiers
SELECT
    agency_code,
    finding,
    sum(n_dossiers) AS dossiers
FROM findings_by_unit
GROUP BY agency_code, finding
ORDER BY dossiers DESC, agency_code, finding
