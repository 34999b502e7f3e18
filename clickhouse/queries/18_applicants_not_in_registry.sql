-- name: applicants_not_in_registry
-- question: Which units received dossiers from citizens or enterprises that the national registry does not know (a wrong id, or a registry gap)?
-- columns: agency_code, applicant_type, dossiers, not_in_registry, not_in_registry_pct
SELECT
    agency_code,
    applicant_type,
    sum(n_dossiers) AS dossiers,
    sum(n_not_in_registry) AS not_in_registry,
    round(100 * sum(n_not_in_registry) / sum(n_dossiers), 2) AS not_in_registry_pct
FROM applicants_in_registries
GROUP BY agency_code, applicant_type
HAVING not_in_registry > 0
ORDER BY not_in_registry DESC, agency_code, applicant_type
