-- name: on_time_rate_by_unit
SELECT agency_code, min(level_name) AS level_name,
    count(*) FILTER (WHERE timeliness IN ('early', 'on_time', 'late')) AS finished,
    count(*) FILTER (WHERE timeliness = 'early') AS early,
    count(*) FILTER (WHERE timeliness = 'on_time') AS on_time,
    count(*) FILTER (WHERE timeliness = 'late') AS late,
    round(100.0 * count(*) FILTER (WHERE timeliness IN ('early', 'on_time'))
        / count(*) FILTER (WHERE timeliness IN ('early', 'on_time', 'late')), 2) AS on_time_pct
FROM dossiers
GROUP BY agency_code
HAVING count(*) FILTER (WHERE timeliness IN ('early', 'on_time', 'late')) > 0
ORDER BY on_time_pct, agency_code
