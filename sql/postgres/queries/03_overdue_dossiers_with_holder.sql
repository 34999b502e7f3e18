-- name: overdue_dossiers_with_holder
SELECT d.dossier_id, d.agency_code, d.procedure_code, d.due_at,
    floor(extract(epoch FROM now() - d.due_at) / 86400) AS days_overdue, s.holder, s.holder_unit
FROM dossiers d
LEFT JOIN LATERAL (
    SELECT officer AS holder, agency_code AS holder_unit FROM steps WHERE steps.dossier_id = d.dossier_id
    ORDER BY step_at DESC LIMIT 1
) s ON true
WHERE d.overdue = 1
ORDER BY days_overdue DESC, d.dossier_id
