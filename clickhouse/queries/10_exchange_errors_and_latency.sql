-- name: exchange_errors_and_latency
-- question: For each national database and API, how many calls, how many failed, and how slow is it (p50, p95)?
-- columns: database, api, calls, errors, error_pct, not_found, p50_ms, p95_ms
SELECT
    database,
    api,
    calls,
    errors,
    round(100 * errors / calls, 2) AS error_pct,
    not_found,
    round(latency[1]) AS p50_ms,
    round(latency[2]) AS p95_ms
FROM
(
    SELECT
        database,
        api,
        sum(n_calls) AS calls,
        sum(n_errors) AS errors,
        sum(n_not_found) AS not_found,
        quantilesMerge(0.5, 0.95)(latency_quantiles) AS latency
    FROM call_outcomes
    GROUP BY database, api
)
ORDER BY database, api
