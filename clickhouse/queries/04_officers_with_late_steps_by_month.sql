-- name: officers_with_late_steps_by_month
-- question: The monthly list provinces publish: which officers finished steps after the step deadline, how often?
-- columns: month, agency_code, officer, title, late_steps, steps, avg_late_hours
SELECT
    month,
    agency_code,
    officer,
    any(any_title) AS title,
    sum(n_late) AS late_steps,
    sum(n_steps) AS steps,
    round(sum(late_hours_sum) / sum(n_late_with_hours), 1) AS avg_late_hours
FROM officer_steps
GROUP BY month, agency_code, officer
HAVING late_steps > 0
ORDER BY month, late_steps DESC, officer
