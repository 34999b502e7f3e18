-- name: exchange_calls_by_agency
SELECT caller_agency, platform, count(*) AS calls,
    round(100.0 * count(*) FILTER (WHERE outcome = 1) / count(*), 2) AS matched_pct,
    count(DISTINCT dossier_id) AS dossiers
FROM calls
GROUP BY caller_agency, platform
ORDER BY calls DESC, caller_agency, platform
