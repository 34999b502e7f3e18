-- name: applicants_not_in_registry
-- question: Which units received dossiers from citizens or enterprises that the national registry does not know (a wrong id, or a registry gap)?
-- columns: agency_code, applicant_type, dossiers, not_in_registry, not_in_registry_pct
SELECT
    d.agency_code AS agency_code,
    d.applicant_type AS applicant_type,
    count() AS dossiers,
    countIf(r.known = 0) AS not_in_registry,
    round(100 * countIf(r.known = 0) / count(), 2) AS not_in_registry_pct
FROM (SELECT agency_code, applicant_type, applicant_ref FROM dossiers WHERE applicant_type IN (1, 2)) AS d
LEFT JOIN
(
    SELECT applicant_ref, toUInt8(1) AS known
    FROM
    (
        SELECT key_ref AS applicant_ref FROM registries WHERE registry IN ('population', 'business-registry')
        UNION ALL
        -- applicants who gave their old 9-digit card
        SELECT linked_ref AS applicant_ref FROM registries WHERE registry = 'population' AND linked_ref != ''
    )
    GROUP BY applicant_ref
) AS r USING applicant_ref
GROUP BY agency_code, applicant_type
HAVING not_in_registry > 0
ORDER BY not_in_registry DESC, agency_code, applicant_type
