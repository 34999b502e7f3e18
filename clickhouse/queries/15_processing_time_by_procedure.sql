-- name: processing_time_by_procedure
-- question: How long does processing take per procedure (hours from reception to the end of processing)?
-- columns: procedure_code, finished, avg_hours, median_hours, p90_hours, supplements_pct
SELECT
    procedure_code,
    finished,
    round(hours / finished, 1) AS avg_hours,
    round(quantiles[1], 1) AS median_hours,
    round(quantiles[2], 1) AS p90_hours,
    round(100 * supplemented / finished, 2) AS supplements_pct
FROM
(
    SELECT
        procedure_code,
        sum(n_finished) AS finished,
        sum(hours_sum) AS hours,
        quantilesMerge(0.5, 0.9)(hours_quantiles) AS quantiles,
        sum(n_with_supplements) AS supplemented
    FROM processing_times
    GROUP BY procedure_code
)
ORDER BY avg_hours DESC, procedure_code
