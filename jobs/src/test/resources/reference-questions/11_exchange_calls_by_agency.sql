-- name: exchange_calls_by_agency
-- question: Which agencies call the national databases through which platform, and how often do they match?
-- columns: caller_agency, platform, calls, matched_pct, dossiers
SELECT
    caller_agency,
    platform,
    count() AS calls,
    round(100 * countIf(outcome = 1) / count(), 2) AS matched_pct,
    uniqExact(dossier_id) AS dossiers
FROM calls
GROUP BY caller_agency, platform
ORDER BY calls DESC, caller_agency, platform
