-- name: population_data_by_level
-- question: Of citizens' dossiers, how many used the population database (VNeID account or a declared query)?
-- columns: level_name, citizen_dossiers, vneid_verified, population_declared, population_data_pct
SELECT
    level_name,
    count() AS citizen_dossiers,
    countIf(vneid_verified = 1) AS vneid_verified,
    countIf(has(databases, 'CSDLQGDC')) AS population_declared,
    round(100 * countIf(population_data = 1) / count(), 2) AS population_data_pct
FROM dossiers
WHERE applicant_type = 1
GROUP BY level_name
ORDER BY level_name
