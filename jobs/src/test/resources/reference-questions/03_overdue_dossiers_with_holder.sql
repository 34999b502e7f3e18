-- name: overdue_dossiers_with_holder
-- question: Which open dossiers are past their due date, and which officer holds each of them now?
-- columns: dossier_id, agency_code, procedure_code, due_at, days_overdue, holder, holder_unit
SELECT
    d.dossier_id AS dossier_id,
    d.agency_code AS agency_code,
    d.procedure_code AS procedure_code,
    d.due_at AS due_at,
    intDiv(toUInt32(now()) - toUInt32(assumeNotNull(d.due_at)), 86400) AS days_overdue,
    s.holder AS holder,
    s.holder_unit AS holder_unit
FROM (SELECT dossier_id, agency_code, procedure_code, due_at FROM dossiers WHERE overdue) AS d
LEFT JOIN
(
    SELECT dossier_id, argMax(officer, step_at) AS holder, argMax(unit, step_at) AS holder_unit
    FROM steps
    GROUP BY dossier_id
) AS s USING dossier_id
ORDER BY days_overdue DESC, dossier_id
