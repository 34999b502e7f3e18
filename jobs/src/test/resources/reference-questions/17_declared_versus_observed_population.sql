-- name: declared_versus_observed_population
-- question: Per unit, how many dossiers declare the population database, how many were observed calling it, and how many declare without any call?
-- columns: agency_code, declared, observed, declared_without_call, called_without_declaration
SELECT
    d.agency_code AS agency_code,
    countIf(d.is_declared = 1) AS declared,
    countIf(c.is_called = 1) AS observed,
    countIf(d.is_declared = 1 AND c.is_called = 0) AS declared_without_call,
    countIf(d.is_declared = 0 AND c.is_called = 1) AS called_without_declaration
FROM (SELECT dossier_id, agency_code, has(databases, 'CSDLQGDC') AS is_declared FROM dossiers) AS d
LEFT JOIN
(
    SELECT dossier_id, toUInt8(1) AS is_called FROM calls WHERE database = 'CSDLQGDC' AND dossier_id != '' GROUP BY dossier_id
) AS c USING dossier_id
GROUP BY agency_code
ORDER BY declared_without_call DESC, agency_code
