-- name: processing_time_by_procedure
SELECT procedure_code, count(*) AS finished, round(avg(processing_hours)::numeric, 1) AS avg_hours,
    round((percentile_cont(0.5) WITHIN GROUP (ORDER BY processing_hours))::numeric, 1) AS median_hours,
    round((percentile_cont(0.9) WITHIN GROUP (ORDER BY processing_hours))::numeric, 1) AS p90_hours,
    round(100.0 * count(*) FILTER (WHERE supplements > 0) / count(*), 2) AS supplements_pct
FROM dossiers
WHERE processing_hours IS NOT NULL
GROUP BY procedure_code
ORDER BY avg_hours DESC, procedure_code
