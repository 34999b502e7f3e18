-- name: officers_with_late_steps_by_month
-- question: The monthly list provinces publish: which officers finished steps after the step deadline, how often?
-- columns: month, agency_code, officer, title, late_steps, steps, avg_late_hours
SELECT
    toStartOfMonth(step_at) AS month,
    agency_code,
    officer,
    any(title) AS title,
    countIf(late = 1) AS late_steps,
    count() AS steps,
    round(avgIf(late_hours, late = 1), 1) AS avg_late_hours
FROM steps
GROUP BY month, agency_code, officer
HAVING late_steps > 0
ORDER BY month, late_steps DESC, officer
