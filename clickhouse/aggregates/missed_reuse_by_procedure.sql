-- Per month of submission and procedure: dossiers, those with a missed reuse, the components submitted on paper that
-- a database or an earlier result held, and the set of databases missed.
-- order by: month, procedure_code
-- changed: SELECT DISTINCT toYYYYMM(submitted_at) AS month FROM ${db}.dossier_reuse WHERE ingested_at >= ${since}
SELECT
    toStartOfMonth(submitted_at) AS month,
    procedure_code,
    count() AS n_dossiers,
    countIf(notEmpty(missed)) AS n_missed,
    sum(missed_components) AS n_missed_components,
    groupUniqArrayArrayState(missed) AS missed_databases
FROM ${db}.reuse
WHERE toYYYYMM(submitted_at) IN (${months})
GROUP BY month, procedure_code
