-- name: on_time_rate_by_unit
-- question: Of the dossiers each unit finished, how many early, on time and late?
-- columns: agency_code, level_name, finished, early, on_time, late, on_time_pct
SELECT
    agency_code,
    any(level_name) AS level_name,
    sum(n_early + n_on_time + n_late) AS finished,
    sum(n_early) AS early,
    sum(n_on_time) AS on_time,
    sum(n_late) AS late,
    round(100 * sum(n_early + n_on_time) / sum(n_early + n_on_time + n_late), 2) AS on_time_pct
FROM dossier_counts
GROUP BY agency_code
HAVING finished > 0
ORDER BY on_time_pct, agency_code
