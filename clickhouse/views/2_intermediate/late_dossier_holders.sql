-- The drill-down from a late dossier to the officer who held it, defined once: operator question 19, the report,
-- the Grafana dashboard and the notebooks all read it. The holder is the officer of the first step after the due
-- time (the step running when the dossier went late) or, for a dossier still open past its due time with no such
-- step, the officer of its latest step.
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
    FROM ${db}.dossiers
    WHERE timeliness = 'late' OR overdue
) AS d
ALL INNER JOIN (SELECT dossier_id, officer, step_at FROM ${db}.steps) AS s USING dossier_id
GROUP BY dossier_id
