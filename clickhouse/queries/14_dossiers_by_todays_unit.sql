-- name: dossiers_by_todays_unit
-- question: After the 2025 mergers, how do historical dossiers roll up to the units that exist today?
-- columns: successor_agency_code, successor_name, historical_units, dossiers, digitized_pct
SELECT
    d.successor_agency_code AS successor_agency_code,
    a.name AS successor_name,
    d.historical_units AS historical_units,
    d.dossiers AS dossiers,
    d.digitized_pct AS digitized_pct
FROM
(
    SELECT
        successor_agency_code,
        uniqExact(agency_code) AS historical_units,
        sum(n_dossiers) AS dossiers,
        round(100 * sum(n_digitized) / sum(n_dossiers), 2) AS digitized_pct
    FROM dossier_counts
    GROUP BY successor_agency_code
) AS d
LEFT JOIN (SELECT agency_code AS successor_agency_code, name FROM agencies FINAL) AS a USING successor_agency_code
ORDER BY dossiers DESC, successor_agency_code
