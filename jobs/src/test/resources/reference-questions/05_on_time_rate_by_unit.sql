-- name: on_time_rate_by_unit
-- question: Of the dossiers each unit finished, how many early, on time and late?
-- columns: agency_code, level_name, finished, early, on_time, late, on_time_pct
SELECT
    agency_code,
    any(level_name) AS level_name,
    countIf(timeliness IN ('early', 'on_time', 'late')) AS finished,
    countIf(timeliness = 'early') AS early,
    countIf(timeliness = 'on_time') AS on_time,
    countIf(timeliness = 'late') AS late,
    round(100 * countIf(timeliness IN ('early', 'on_time')) / countIf(timeliness IN ('early', 'on_time', 'late')), 2)
        AS on_time_pct
FROM dossiers
GROUP BY agency_code
HAVING finished > 0
ORDER BY on_time_pct, agency_code
