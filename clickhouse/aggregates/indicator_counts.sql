-- The dossier counts behind the 766 indicators (views/3_marts/indicator_inputs_by_grain.sql defines each indicator
-- from them; docs/indicators.md writes every definition out), per unit and procedure, at two grains: per day of
-- reception (grain 'day') and per month of reception (grain 'month', day = the month's first day), so that a
-- scorecard of whole months reads a thirtieth of the rows.
-- A dossier counts when it is received, on its day of reception: every numerator and its denominator count the same
-- dossiers in the same period, and DOSSIER_SYNC's denominator, the unit's own reception reports, counts by that day
-- too (edge case 1: a dossier submitted on 31 January and received on 1 February is February's, in both).
-- The catalogue, not the dossiers, says which procedures are fee-bearing (PAYMENT_B, PAYMENT_C) and which serve
-- citizens (DOITUONGTHUCHIEN has 1: CITIZEN_DATA_CONNECTED_FORMALITY); a procedure missing from it is neither.
-- "Finished" is the job's (vn.ioc.measure.Timeliness): timeliness neither open nor closed, i.e. status 9 or 10.
-- What depends on the time of the question is kept as the due times of the open dossiers it concerns, so that the
-- view decides "open and not yet due" when it is asked:
--   open_due                 open dossiers with a due time
--   open_due_not_complained  the same, without a petition (PAKN) or a dissatisfied rating
-- A petition that arrives later changes the month of its dossier; a change in the procedure catalogue (online
-- service, fees, results, applicant kinds) changes every month with dossiers of that procedure; a dossier whose
-- reception day moved changes the month of each of its versions.
-- order by: month, grain, day, agency_code, procedure_code
-- changed: SELECT DISTINCT toYYYYMM(assumeNotNull(received_at)) AS month FROM ${db}.dossier_facts WHERE received_at IS NOT NULL AND dossier_id IN (SELECT dossier_id FROM ${db}.dossier_facts WHERE ingested_at >= ${since})
-- changed: SELECT DISTINCT toYYYYMM(assumeNotNull(received_at)) AS month FROM ${db}.dossier_facts WHERE received_at IS NOT NULL AND dossier_id IN (SELECT dossier_id FROM ${db}.petitions WHERE ingested_at >= ${since})
-- changed: SELECT DISTINCT toYYYYMM(assumeNotNull(received_at)) AS month FROM ${db}.dossier_facts WHERE received_at IS NOT NULL AND procedure_code IN (SELECT procedure_code FROM ${db}.procedures WHERE ingested_at >= ${since})
SELECT
    toStartOfMonth(any(received_day)) AS month,
    grain,
    day,
    agency_code,
    procedure_code,
    count() AS n_received,
    countIf(timeliness != 'closed') AS n_timed,
    countIf(timeliness IN ('early', 'on_time')) AS n_finished_in_time,
    groupArrayIf(assumeNotNull(due_at), timeliness = 'open' AND due_at IS NOT NULL) AS open_due,
    countIf(catalogue_online = 1) AS n_offered,
    countIf(channel_name = 'online') AS n_online,
    countIf(catalogue_online = 1 AND channel_name = 'online') AS n_online_used,
    countIf(fee_bearing = 1) AS n_fee,
    countIf(fee_bearing = 1 AND paid_online = 1) AS n_paid,
    countIf(catalogue_fee = 1) AS n_catalogue_fee,
    countIf(catalogue_fee = 1 AND paid_online = 1) AS n_catalogue_fee_paid,
    -- fee data: a fee line with an amount; a line of amount 0 is not (edge case 6, docs/indicators.md)
    countIf(catalogue_fee = 1 AND fee_amount > 0) AS n_fee_data,
    countIf(timeliness NOT IN ('late', 'open') AND NOT complained) AS n_satisfying_closed,
    groupArrayIf(assumeNotNull(due_at), timeliness = 'open' AND due_at IS NOT NULL AND NOT complained)
        AS open_due_not_complained,
    countIf(finished AND issues_result = 1) AS n_result_due,
    countIf(finished AND issues_result = 1 AND e_result = 1) AS n_result_available,
    countIf(digitized = 1 AND e_result = 1) AS n_digitized_result,
    countIf(reused = 1) AS n_reused,
    countIf(from_store = 1 OR e_result = 1) AS n_storage,
    countIf(population_data = 1) AS n_population,
    countIf(catalogue_citizen = 1) AS n_citizen,
    countIf(catalogue_citizen = 1 AND population_data = 1) AS n_citizen_population
FROM
(
    SELECT
        received_day, agency_code, procedure_code, timeliness, finished, due_at, channel_name, fee_bearing, paid_online,
        fee_amount, e_result, digitized, reused, from_store, population_data,
        dossier_id IN (SELECT dossier_id FROM ${db}.petition_records WHERE is_pakn = 1 OR dissatisfied = 1)
            AS complained,
        -- each dossier counts once at each grain
        if(g = 1, 'month', 'day') AS grain,
        if(g = 1, toStartOfMonth(received_day), received_day) AS day
    FROM
    (
        SELECT *, toDate(assumeNotNull(received_at)) AS received_day
        FROM ${db}.dossiers
        WHERE received_at IS NOT NULL AND toYYYYMM(assumeNotNull(received_at)) IN (${months})
    )
    ARRAY JOIN [0, 1] AS g
)
ANY LEFT JOIN
(
    SELECT
        procedure_code,
        online_offered AS catalogue_online,
        fee_bearing AS catalogue_fee,
        serves_citizens AS catalogue_citizen,
        notEmpty(result_codes) AS issues_result
    FROM ${db}.catalogue_procedures
) USING procedure_code
GROUP BY grain, day, agency_code, procedure_code
