-- Per month of the call, database and API: calls, errors (outcome 4), not found (3), and the latency quantiles' state.
-- order by: month, database, api
-- changed: SELECT DISTINCT toYYYYMM(called_at) AS month FROM ${db}.exchange_calls WHERE ingested_at >= ${since}
SELECT
    toStartOfMonth(called_at) AS month,
    database,
    api,
    count() AS n_calls,
    countIf(outcome = 4) AS n_errors,
    countIf(outcome = 3) AS n_not_found,
    quantilesState(0.5, 0.95)(latency_ms) AS latency_quantiles
FROM ${db}.calls
WHERE toYYYYMM(called_at) IN (${months})
GROUP BY month, database, api
