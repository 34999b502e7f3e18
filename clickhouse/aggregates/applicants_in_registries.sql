-- Per month of submission, unit and kind of applicant (1 citizen, 2 enterprise): dossiers, and those whose applicant
-- the population or business registry does not know (a citizen may have given the old 9-digit card the population
-- registry links to). A registry record that arrives later changes the months of its applicants' dossiers.
-- order by: month, agency_code, applicant_type
-- changed: SELECT DISTINCT toYYYYMM(submitted_at) AS month FROM ${db}.dossier_facts WHERE ingested_at >= ${since}
-- changed: SELECT DISTINCT toYYYYMM(submitted_at) AS month FROM ${db}.dossier_facts WHERE applicant_ref IN (SELECT key_ref FROM ${db}.registry_records WHERE ingested_at >= ${since} UNION ALL SELECT linked_ref FROM ${db}.registry_records WHERE ingested_at >= ${since} AND linked_ref != '')
SELECT
    toStartOfMonth(submitted_at) AS month,
    agency_code,
    applicant_type,
    count() AS n_dossiers,
    countIf(known = 0) AS n_not_in_registry
FROM
(
    SELECT submitted_at, agency_code, applicant_type, applicant_ref
    FROM ${db}.dossiers
    WHERE toYYYYMM(submitted_at) IN (${months}) AND applicant_kind IN ('citizen', 'enterprise')
) AS d
LEFT JOIN
(
    SELECT applicant_ref, toUInt8(1) AS known
    FROM
    (
        SELECT key_ref AS applicant_ref FROM ${db}.registries
        WHERE registry IN ('population', 'business-registry')
          AND key_ref IN (SELECT applicant_ref FROM ${db}.dossier_facts WHERE toYYYYMM(submitted_at) IN (${months}))
        UNION ALL
        SELECT linked_ref AS applicant_ref FROM ${db}.registries
        WHERE registry = 'population' AND linked_ref != ''
          AND linked_ref IN (SELECT applicant_ref FROM ${db}.dossier_facts WHERE toYYYYMM(submitted_at) IN (${months}))
    )
    GROUP BY applicant_ref
) AS r USING applicant_ref
GROUP BY month, agency_code, applicant_type
