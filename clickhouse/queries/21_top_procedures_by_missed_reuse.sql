-- name: top_procedures_by_missed_reuse
-- question: Which procedures miss the most reuse, submitting on paper what a national database or an earlier result already holds?
-- columns: procedure_code, procedure_name, dossiers, missed_dossiers, missed_components, missed_pct, databases
SELECT
    r.procedure_code AS procedure_code,
    p.name AS procedure_name,
    r.dossiers AS dossiers,
    r.missed_dossiers AS missed_dossiers,
    r.missed_components AS missed_components,
    round(100 * r.missed_dossiers / r.dossiers, 2) AS missed_pct,
    r.databases AS databases
FROM
(
    SELECT
        procedure_code,
        sum(n_dossiers) AS dossiers,
        sum(n_missed) AS missed_dossiers,
        sum(n_missed_components) AS missed_components,
        arrayStringConcat(arraySort(groupUniqArrayArrayMerge(missed_databases)), ',') AS databases
    FROM missed_reuse_by_procedure
    GROUP BY procedure_code
    HAVING missed_dossiers > 0
) AS r
LEFT JOIN (SELECT procedure_code, any(name) AS name FROM procedures FINAL GROUP BY procedure_code) AS p USING procedure_code
ORDER BY missed_dossiers DESC, procedure_code
LIMIT 20
