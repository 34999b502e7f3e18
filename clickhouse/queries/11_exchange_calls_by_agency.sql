-- name: exchange_calls_by_agency
-- question: Which agencies call the national databases through which platform, and how often do they match?
-- columns: caller_agency, platform, calls, matched_pct, dossiers
SELECT
    caller_agency,
    platform,
    sum(n_calls) AS calls,
    round(100 * sum(n_matched) / sum(n_calls), 2) AS matched_pct,
    uniqExactMerge(dossier_set) AS dossiers
FROM calls_by_caller
GROUP BY caller_agency, platform
ORDER BY calls DESC, caller_agency, platform
