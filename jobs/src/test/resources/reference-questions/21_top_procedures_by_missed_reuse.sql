-- name: top_procedures_by_missed_reuse
-- question: Which procedures miss the most reuse, submitting on paper what a national database or an earlier result already holds?
-- columns: procedure_code, procedure_name, dossiers, missed_dossiers, missed_components, missed_pct, databases
SELECT
    r.procedure_code AS procedure_code,
    any(p.name) AS procedure_name,
    count() AS dossiers,
    countIf(notEmpty(r.missed)) AS missed_dossiers,
    sum(r.missed_components) AS missed_components,
    round(100 * missed_dossiers / dossiers, 2) AS missed_pct,
    arrayStringConcat(arraySort(groupUniqArrayArray(r.missed)), ',') AS databases
FROM reuse AS r
LEFT JOIN (SELECT procedure_code, name FROM procedures FINAL) AS p USING procedure_code
GROUP BY procedure_code
HAVING missed_dossiers > 0
ORDER BY missed_dossiers DESC, procedure_code
LIMIT 20
