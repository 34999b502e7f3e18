-- name: population_data_by_level
-- question: Of citizens' dossiers, how many used the population database (VNeID account or a declared query)?
-- columns: level_name, citizen_dossiers, vneid_verified, population_declared, population_data_pct
SELECT
    level_name,
    sum(n_citizen) AS citizen_dossiers,
    sum(n_citizen_vneid) AS vneid_verified,
    sum(n_citizen_population_declared) AS population_declared,
    round(100 * sum(n_citizen_population_data) / sum(n_citizen), 2) AS population_data_pct
FROM dossier_counts
GROUP BY level_name
HAVING citizen_dossiers > 0
ORDER BY level_name
