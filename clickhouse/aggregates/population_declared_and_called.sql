-- Per month of submission and unit: dossiers that declare the population database (MaCSDL CSDLQGDC), dossiers the
-- exchange log shows it was called for, and each without the other. A call that arrives later changes the month of
-- its dossier.
-- order by: month, agency_code
-- changed: SELECT DISTINCT toYYYYMM(submitted_at) AS month FROM ${db}.dossier_facts WHERE ingested_at >= ${since}
-- changed: SELECT DISTINCT toYYYYMM(submitted_at) AS month FROM ${db}.dossier_facts WHERE dossier_id IN (SELECT dossier_id FROM ${db}.exchange_calls WHERE ingested_at >= ${since})
SELECT
    toStartOfMonth(any(submitted_at)) AS month,
    d.agency_code AS agency_code,
    countIf(d.is_declared = 1) AS n_declared,
    countIf(c.is_called = 1) AS n_observed,
    countIf(d.is_declared = 1 AND c.is_called = 0) AS n_declared_without_call,
    countIf(d.is_declared = 0 AND c.is_called = 1) AS n_called_without_declaration
FROM
(
    SELECT dossier_id, submitted_at, agency_code, has(databases, 'CSDLQGDC') AS is_declared
    FROM ${db}.dossiers
    WHERE toYYYYMM(submitted_at) IN (${months})
) AS d
LEFT JOIN
(
    SELECT dossier_id, toUInt8(1) AS is_called
    FROM ${db}.calls
    WHERE database = 'CSDLQGDC' AND dossier_id != ''
      AND dossier_id IN (SELECT dossier_id FROM ${db}.dossier_facts WHERE toYYYYMM(submitted_at) IN (${months}))
    GROUP BY dossier_id
) AS c USING dossier_id
GROUP BY toYYYYMM(submitted_at), agency_code
