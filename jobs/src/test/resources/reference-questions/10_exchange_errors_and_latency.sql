-- name: exchange_errors_and_latency
-- question: For each national database and API, how many calls, how many failed, and how slow is it (p50, p95)?
-- columns: database, api, calls, errors, error_pct, not_found, p50_ms, p95_ms
SELECT
    database,
    api,
    count() AS calls,
    countIf(outcome = 4) AS errors,
    round(100 * countIf(outcome = 4) / count(), 2) AS error_pct,
    countIf(outcome = 3) AS not_found,
    round(quantile(0.5)(latency_ms)) AS p50_ms,
    round(quantile(0.95)(latency_ms)) AS p95_ms
FROM calls
GROUP BY database, api
ORDER BY database, api
