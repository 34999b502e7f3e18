-- name: communes_low_digitization_last_week
-- question: Which communes digitized less than 40 % of their dossiers in the latest week of data?
-- columns: agency_code, successor_agency_code, dossiers, digitized_pct
SELECT
    agency_code,
    any(successor_agency_code) AS successor_agency_code,
    count() AS dossiers,
    round(100 * countIf(digitized = 1) / count(), 2) AS digitized_pct
FROM dossiers
WHERE agency_level = 3
  AND toMonday(submitted_at) = (SELECT toMonday(max(submitted_at)) FROM dossiers)
GROUP BY agency_code
HAVING digitized_pct < 40
ORDER BY digitized_pct, agency_code
