-- Per month of submission and procedure, over dossiers with a processing time: their number, the sum and the
-- quantile state of their processing hours, and those with supplement requests. Quantile states merge over months.
-- order by: month, procedure_code
-- changed: SELECT DISTINCT toYYYYMM(submitted_at) AS month FROM ${db}.dossier_facts WHERE ingested_at >= ${since}
SELECT
    toStartOfMonth(submitted_at) AS month,
    procedure_code,
    count() AS n_finished,
    sum(assumeNotNull(processing_hours)) AS hours_sum,
    quantilesState(0.5, 0.9)(assumeNotNull(processing_hours)) AS hours_quantiles,
    countIf(supplements > 0) AS n_with_supplements
FROM ${db}.dossiers
WHERE toYYYYMM(submitted_at) IN (${months}) AND processing_hours IS NOT NULL
GROUP BY month, procedure_code
