-- name: communes_low_digitization_last_week
-- question: Which communes digitized less than 40 % of their dossiers in the latest week of data?
-- columns: agency_code, successor_agency_code, dossiers, digitized_pct
SELECT
    agency_code,
    any(successor_agency_code) AS successor_agency_code,
    sum(n_dossiers) AS dossiers,
    round(100 * sum(n_digitized) / sum(n_dossiers), 2) AS digitized_pct
FROM commune_weeks
WHERE week = (SELECT toMonday(max(last_submitted_at)) FROM daily_channels)
GROUP BY agency_code
HAVING digitized_pct < 40
ORDER BY digitized_pct, agency_code
