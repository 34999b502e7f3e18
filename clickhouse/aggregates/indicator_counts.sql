-- The dossier counts behind the 766 indicators (views/3_marts/indicator_inputs_by_grain.sql defines each indicator
-- from them), per unit and procedure, at two grains: per day of submission (grain 'day') and per month of submission
-- (grain 'month', day = the month's first day), so that a scorecard of whole months reads a thirtieth of the rows. What depends on the time of the question is kept as the due
-- times of the open dossiers it concerns, so that the view decides "open and not yet due" when it is asked:
--   open_due                 received, open dossiers with a due time
--   open_due_not_complained  the same, without a petition (PAKN) or a dissatisfied rating
-- A petition that arrives later changes the month of its dossier; a change in the procedure catalogue (online
-- service, fees, results) changes every month with dossiers of that procedure.
-- order by: month, grain, day, agency_code, procedure_code
-- changed: SELECT DISTINCT toYYYYMM(submitted_at) AS month FROM ${db}.dossier_facts WHERE ingested_at >= ${since}
-- changed: SELECT DISTINCT toYYYYMM(submitted_at) AS month FROM ${db}.dossier_facts WHERE dossier_id IN (SELECT dossier_id FROM ${db}.petitions WHERE ingested_at >= ${since})
-- changed: SELECT DISTINCT toYYYYMM(submitted_at) AS month FROM ${db}.dossier_facts WHERE procedure_code IN (SELECT procedure_code FROM ${db}.procedures WHERE ingested_at >= ${since})
SELECT
    toStartOfMonth(any(submitted_at)) AS month,
    grain,
    day,
    agency_code,
    procedure_code,
    countIf(received) AS n_received,
    countIf(received AND timeliness != 'closed') AS n_timed,
    countIf(received AND timeliness IN ('early', 'on_time')) AS n_finished_in_time,
    groupArrayIf(assumeNotNull(due_at), received AND timeliness = 'open' AND due_at IS NOT NULL) AS open_due,
    countIf(received AND catalogue_online = 1) AS n_offered,
    countIf(received AND channel = 2) AS n_online,
    countIf(received AND catalogue_online = 1 AND channel = 2) AS n_online_used,
    countIf(received AND fee_bearing = 1) AS n_fee,
    countIf(received AND fee_bearing = 1 AND paid_online = 1) AS n_paid,
    countIf(received AND catalogue_fee = 1) AS n_catalogue_fee,
    countIf(received AND catalogue_fee = 1 AND fee_amount > 0) AS n_fee_data,
    countIf(received AND timeliness NOT IN ('late', 'open') AND NOT complained) AS n_satisfying_closed,
    groupArrayIf(assumeNotNull(due_at), received AND timeliness = 'open' AND due_at IS NOT NULL AND NOT complained)
        AS open_due_not_complained,
    countIf(received AND status IN (9, 10) AND issues_result = 1) AS n_result_due,
    countIf(received AND status IN (9, 10) AND issues_result = 1 AND e_result = 1) AS n_result_available,
    countIf(received AND digitized = 1 AND e_result = 1) AS n_digitized_result,
    countIf(received AND reused = 1) AS n_reused,
    countIf(received AND (from_store = 1 OR e_result = 1)) AS n_storage,
    countIf(received AND population_data = 1) AS n_population,
    countIf(received AND applicant_type = 1) AS n_citizen,
    countIf(received AND applicant_type = 1 AND population_data = 1) AS n_citizen_population
FROM
(
    SELECT
        submitted_at, agency_code, procedure_code, received_at IS NOT NULL AS received, timeliness, due_at,
        channel, fee_bearing, paid_online, fee_amount, status, e_result, digitized, reused, from_store,
        population_data, applicant_type,
        dossier_id IN (SELECT dossier_id FROM ${db}.petitions FINAL WHERE kind = 1 OR rating = 3) AS complained,
        -- each dossier counts once at each grain
        if(g = 1, 'month', 'day') AS grain,
        if(g = 1, toStartOfMonth(submitted_at), toDate(submitted_at)) AS day
    FROM ${db}.dossiers
    ARRAY JOIN [0, 1] AS g
    WHERE toYYYYMM(submitted_at) IN (${months})
)
ANY LEFT JOIN
(
    SELECT
        procedure_code,
        online_offered AS catalogue_online,
        fee_bearing AS catalogue_fee,
        notEmpty(result_codes) AS issues_result
    FROM ${db}.procedures FINAL
) USING procedure_code
GROUP BY grain, day, agency_code, procedure_code
