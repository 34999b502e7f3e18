-- Per month of the step, unit and officer: steps, late steps, and the hours late summed over the late steps that
-- have them (for the average).
-- order by: month, agency_code, officer
-- changed: SELECT DISTINCT toYYYYMM(step_at) AS month FROM ${db}.processing_steps WHERE ingested_at >= ${since}
SELECT
    toStartOfMonth(step_at) AS month,
    agency_code,
    officer,
    any(title) AS any_title,
    count() AS n_steps,
    countIf(late = 1) AS n_late,
    sumIf(assumeNotNull(late_hours), late = 1 AND late_hours IS NOT NULL) AS late_hours_sum,
    countIf(late = 1 AND late_hours IS NOT NULL) AS n_late_with_hours
FROM ${db}.steps
WHERE toYYYYMM(step_at) IN (${months})
GROUP BY month, agency_code, officer
