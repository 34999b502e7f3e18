-- name: processing_time_by_procedure
-- question: How long does processing take per procedure (hours from reception to the end of processing)?
-- columns: procedure_code, finished, avg_hours, median_hours, p90_hours, supplements_pct
SELECT
    procedure_code,
    count() AS finished,
    round(avg(processing_hours), 1) AS avg_hours,
    round(quantile(0.5)(processing_hours), 1) AS median_hours,
    round(quantile(0.9)(processing_hours), 1) AS p90_hours,
    round(100 * countIf(supplements > 0) / count(), 2) AS supplements_pct
FROM dossiers
WHERE processing_hours IS NOT NULL
GROUP BY procedure_code
ORDER BY avg_hours DESC, procedure_code
