-- Every dossier that is late, or open with a due time (so overdue once that time passes), with the officers who held
-- it: late_holder is the officer of the first step after the due time (the step running when the dossier went late)
-- or, with no such step, of its latest step; holder and holder_unit are those of its latest step. Whether an open
-- dossier is overdue depends on the time of the question, so the readers decide it (late_dossier_holders, question 03).
-- order by: month, dossier_id
-- changed: SELECT DISTINCT toYYYYMM(submitted_at) AS month FROM ${db}.dossier_facts WHERE ingested_at >= ${since}
-- changed: SELECT DISTINCT toYYYYMM(submitted_at) AS month FROM ${db}.dossier_facts WHERE dossier_id IN (SELECT dossier_id FROM ${db}.processing_steps WHERE ingested_at >= ${since})
SELECT
    toStartOfMonth(any(submitted)) AS month,
    dossier_id,
    any(d.agency_code) AS agency_code,
    any(d.procedure_code) AS procedure_code,
    any(submitted) AS submitted_at,
    any(due) AS due_at,
    any(open) AS is_open,
    max(matched) AS has_steps,
    if(countIf(step_at > due) > 0, argMinIf(officer, step_at, step_at > due), argMax(officer, step_at))
        AS late_holder,
    argMax(officer, step_at) AS holder,
    argMax(unit, step_at) AS holder_unit
FROM
(
    SELECT dossier_id, agency_code, procedure_code, submitted_at AS submitted, assumeNotNull(due_at) AS due,
        toUInt8(timeliness = 'open') AS open
    FROM ${db}.dossiers
    WHERE toYYYYMM(submitted_at) IN (${months}) AND (timeliness = 'late' OR (timeliness = 'open' AND due_at IS NOT NULL))
) AS d
ALL LEFT JOIN
(
    SELECT dossier_id, officer, unit, step_at, toUInt8(1) AS matched
    FROM ${db}.steps
    WHERE dossier_id IN (SELECT dossier_id FROM ${db}.dossier_facts WHERE toYYYYMM(submitted_at) IN (${months}))
) AS s USING dossier_id
GROUP BY dossier_id
