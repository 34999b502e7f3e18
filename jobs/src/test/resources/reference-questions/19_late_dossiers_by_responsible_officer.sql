-- name: late_dossiers_by_responsible_officer
-- (reference: the view late_dossier_holders as migration V008 defined it, over the collapsing views)
-- question: Per month and unit, which officer held each dossier when it went late (the step running at its due time, or the current holder of an overdue one), and how many such dossiers?
-- columns: month, agency_code, officer, late_dossiers, still_open, example_dossiers
SELECT
    toStartOfMonth(due_day) AS month,
    agency_code,
    holder AS officer,
    count() AS late_dossiers,
    countIf(is_open = 1) AS still_open,
    arrayStringConcat(arraySlice(arraySort(groupArray(dossier_id)), 1, 3), ' ') AS example_dossiers
FROM
(
    SELECT
        dossier_id,
        any(d.agency_code) AS agency_code,
        any(d.submitted) AS submitted_at,
        toDate(any(due)) AS due_day,
        any(d.open) AS is_open,
        if(countIf(step_at > due) > 0, argMinIf(officer, step_at, step_at > due), argMax(officer, step_at)) AS holder
    FROM
    (
        SELECT dossier_id, agency_code, submitted_at AS submitted, assumeNotNull(due_at) AS due, timeliness = 'open' AS open
        FROM dossiers
        WHERE timeliness = 'late' OR overdue
    ) AS d
    ALL INNER JOIN (SELECT dossier_id, officer, step_at FROM steps) AS s USING dossier_id
    GROUP BY dossier_id
)
GROUP BY month, agency_code, officer
ORDER BY month, late_dossiers DESC, officer
