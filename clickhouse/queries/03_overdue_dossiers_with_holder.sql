-- name: overdue_dossiers_with_holder
-- question: Which open dossiers are past their due date, and which officer holds each of them now?
-- columns: dossier_id, agency_code, procedure_code, due_at, days_overdue, holder, holder_unit
SELECT
    dossier_id,
    agency_code,
    procedure_code,
    due_at,
    intDiv(toUInt32(now()) - toUInt32(due_at), 86400) AS days_overdue,
    holder,
    holder_unit
FROM dossier_holders
WHERE is_open = 1 AND due_at < now()
ORDER BY days_overdue DESC, dossier_id
