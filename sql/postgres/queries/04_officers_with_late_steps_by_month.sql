-- name: officers_with_late_steps_by_month
SELECT date_trunc('month', step_at)::date AS month, agency_code, officer, min(title) AS title,
    count(*) FILTER (WHERE late = 1) AS late_steps, count(*) AS steps,
    round((avg(late_hours) FILTER (WHERE late = 1))::numeric, 1) AS avg_late_hours
FROM steps
GROUP BY 1, 2, 3
HAVING count(*) FILTER (WHERE late = 1) > 0
ORDER BY 1, late_steps DESC, officer
