-- Per month of the call, calling agency and platform: calls, matched calls (outcome 1), and the set of dossiers
-- called for (exact: the sets of several months merge into one count).
-- order by: month, caller_agency, platform
-- changed: SELECT DISTINCT toYYYYMM(called_at) AS month FROM ${db}.exchange_calls WHERE ingested_at >= ${since}
SELECT
    toStartOfMonth(called_at) AS month,
    caller_agency,
    platform,
    count() AS n_calls,
    countIf(outcome = 1) AS n_matched,
    uniqExactState(dossier_id) AS dossier_set
FROM ${db}.calls
WHERE toYYYYMM(called_at) IN (${months})
GROUP BY month, caller_agency, platform
