-- Per month of submission, unit (with its level and today's successor, as the dossiers carry them) and procedure:
-- the counts behind the dossier questions (digitization, timeliness, channels, payment, reuse, population data).
-- Every measure is a count or a sum, so a question adds these rows up over any set of months, units or procedures.
-- order by: month, agency_code, procedure_code
-- changed: SELECT DISTINCT toYYYYMM(submitted_at) AS month FROM ${db}.dossier_facts WHERE ingested_at >= ${since}
SELECT
    toStartOfMonth(submitted_at) AS month,
    province_code,
    agency_code,
    agency_level,
    level_name,
    successor_agency_code,
    procedure_code,
    any(procedure_name) AS any_procedure_name,
    count() AS n_dossiers,
    countIf(digitized = 1) AS n_digitized,
    countIf(e_result = 1) AS n_e_result,
    countIf(timeliness = 'early') AS n_early,
    countIf(timeliness = 'on_time') AS n_on_time,
    countIf(timeliness = 'late') AS n_late,
    countIf(channel_name = 'online') AS n_online,
    countIf(fee_bearing = 1) AS n_fee_bearing,
    countIf(fee_bearing = 1 AND payment_gateway = 'dvcqg') AS n_paid_via_dvcqg,
    countIf(fee_bearing = 1 AND payment_gateway = 'province') AS n_paid_via_province,
    countIf(fee_bearing = 1 AND paid_online = 1) AS n_paid_online,
    sum(fee_amount) AS n_fees_vnd,
    countIf(reused = 1) AS n_reused,
    countIf(components_reused_component > 0) AS n_from_component,
    countIf(components_reused_result > 0) AS n_from_result,
    countIf(from_store = 1) AS n_from_store,
    countIf(applicant_kind = 'citizen') AS n_citizen,
    countIf(applicant_kind = 'citizen' AND vneid_verified = 1) AS n_citizen_vneid,
    countIf(applicant_kind = 'citizen' AND has(databases, 'CSDLQGDC')) AS n_citizen_population_declared,
    countIf(applicant_kind = 'citizen' AND population_data = 1) AS n_citizen_population_data
FROM ${db}.dossiers
WHERE toYYYYMM(submitted_at) IN (${months})
GROUP BY month, province_code, agency_code, agency_level, level_name, successor_agency_code, procedure_code
