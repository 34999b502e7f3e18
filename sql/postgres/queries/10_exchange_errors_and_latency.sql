-- name: exchange_errors_and_latency
SELECT database, api, count(*) AS calls, count(*) FILTER (WHERE outcome = 4) AS errors,
    round(100.0 * count(*) FILTER (WHERE outcome = 4) / count(*), 2) AS error_pct,
    count(*) FILTER (WHERE outcome = 3) AS not_found,
    round(percentile_cont(0.5) WITHIN GROUP (ORDER BY latency_ms)) AS p50_ms,
    round(percentile_cont(0.95) WITHIN GROUP (ORDER BY latency_ms)) AS p95_ms
FROM calls
GROUP BY database, api
ORDER BY database, api
