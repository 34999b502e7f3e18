-- The 766 inputs over every dossier on the spot, as the rules of docs/indicators.md define them: the reference that
-- GeneratedProvinceITCase compares the aggregate-backed view indicator_inputs with. It is V005's view with the rule
-- fixes of issue 15, each deliberate: dossiers placed on their day of reception (edge case 1), fee-bearing and
-- citizen-serving procedures from the catalogue (2, 3); ORIGINAL_RESULT_AVAILABLE still reads status 9 or 10 here,
-- which is what the job's timeliness now calls finished (4).
SELECT
    day,
    agency_code,
    procedure_code,
    tupleElement(i, 1) AS indicator,
    tupleElement(i, 2) AS per_procedure,
    tupleElement(i, 3) AS numerator,
    tupleElement(i, 4) AS denominator
FROM
(
    SELECT
        toDate(assumeNotNull(received_at)) AS day,
        agency_code,
        procedure_code,
        countIf(received) AS n_received,
        countIf(received AND timeliness != 'closed') AS n_timed,
        countIf(received AND (timeliness IN ('early', 'on_time') OR (timeliness = 'open' AND NOT overdue)))
            AS n_on_time,
        countIf(received AND catalogue_online = 1) AS n_offered,
        countIf(received AND channel = 2) AS n_online,
        countIf(received AND catalogue_online = 1 AND channel = 2) AS n_online_used,
        countIf(received AND fee_bearing = 1) AS n_fee,
        countIf(received AND fee_bearing = 1 AND paid_online = 1) AS n_paid,
        countIf(received AND catalogue_fee = 1) AS n_catalogue_fee,
        countIf(received AND catalogue_fee = 1 AND paid_online = 1) AS n_catalogue_fee_paid,
        countIf(received AND catalogue_fee = 1 AND fee_amount > 0) AS n_fee_data,
        countIf(received AND NOT (timeliness = 'late' OR overdue) AND NOT complained) AS n_satisfying,
        countIf(received AND status IN (9, 10) AND issues_result = 1) AS n_result_due,
        countIf(received AND status IN (9, 10) AND issues_result = 1 AND e_result = 1) AS n_result_available,
        countIf(received AND digitized = 1 AND e_result = 1) AS n_digitized_result,
        countIf(received AND reused = 1) AS n_reused,
        countIf(received AND (from_store = 1 OR e_result = 1)) AS n_storage,
        countIf(received AND population_data = 1) AS n_population,
        countIf(received AND catalogue_citizen = 1) AS n_citizen,
        countIf(received AND catalogue_citizen = 1 AND population_data = 1) AS n_citizen_population
    FROM
    (
        SELECT
            received_at, agency_code, procedure_code, received_at IS NOT NULL AS received, timeliness, overdue,
            channel, fee_bearing, paid_online, fee_amount, status, e_result, digitized, reused, from_store,
            population_data, applicant_type,
            dossier_id IN (SELECT dossier_id FROM ${db}.petitions FINAL WHERE kind = 1 OR rating = 3) AS complained
        FROM ${db}.dossiers
        WHERE received_at IS NOT NULL
    )
    ANY LEFT JOIN
    (
        SELECT
            procedure_code,
            online_offered AS catalogue_online,
            fee_bearing AS catalogue_fee,
            notEmpty(result_codes) AS issues_result,
            toUInt8(has(applicant_types, 1)) AS catalogue_citizen
        FROM ${db}.procedures FINAL
    ) USING procedure_code
    GROUP BY day, agency_code, procedure_code
)
ARRAY JOIN [
    ('DOSSIER_SYNC', toUInt8(0), toUInt64(n_received), toUInt64(0)),
    ('ON_TIME', toUInt8(0), toUInt64(n_on_time), toUInt64(n_timed)),
    ('ONLINE_OFFERED', toUInt8(1), toUInt64(n_offered), toUInt64(n_received)),
    ('ONLINE_USED', toUInt8(1), toUInt64(n_online_used), toUInt64(n_offered)),
    ('ONLINE_DOSSIERS', toUInt8(0), toUInt64(n_online), toUInt64(n_received)),
    ('PAYMENT_A', toUInt8(0), toUInt64(n_paid), toUInt64(n_fee)),
    ('PAYMENT_B', toUInt8(1), toUInt64(n_catalogue_fee_paid), toUInt64(n_catalogue_fee)),
    ('PAYMENT_C', toUInt8(1), toUInt64(n_fee_data), toUInt64(n_catalogue_fee)),
    ('DOSSIER_RECEIVING_SATISFACTION', toUInt8(0), toUInt64(n_satisfying), toUInt64(n_received)),
    ('ORIGINAL_RESULT_AVAILABLE', toUInt8(0), toUInt64(n_result_available), toUInt64(n_result_due)),
    ('SO_HOA_GIAY_TO_GIAI_QUYET', toUInt8(0), toUInt64(n_digitized_result), toUInt64(n_received)),
    ('REUSED_DIGITIZED_DATA', toUInt8(0), toUInt64(n_reused), toUInt64(n_received)),
    ('SYNCED_WITH_DVCQG_PERSONAL_STORAGE', toUInt8(0), toUInt64(n_storage), toUInt64(n_received)),
    ('CITIZEN_DATA_CONNECTED_DOSSIER', toUInt8(0), toUInt64(n_population), toUInt64(n_received)),
    ('CITIZEN_DATA_CONNECTED_FORMALITY', toUInt8(1), toUInt64(n_citizen_population), toUInt64(n_citizen))
] AS i

UNION ALL

SELECT day, agency_code, '' AS procedure_code, 'DOSSIER_SYNC' AS indicator, toUInt8(0) AS per_procedure,
    toUInt64(0) AS numerator, toUInt64(received) AS denominator
FROM ${db}.reception_reports FINAL

UNION ALL

SELECT
    toDate(received_at) AS day,
    agency_code,
    '' AS procedure_code,
    tupleElement(p, 1) AS indicator,
    toUInt8(0) AS per_procedure,
    tupleElement(p, 2) AS numerator,
    toUInt64(1) AS denominator
FROM ${db}.petitions FINAL
ARRAY JOIN [
    ('PETITION_PROCESSING_ON_TIME',
        toUInt64(ifNull(handled_at <= due_at, 0) OR (handled_at IS NULL AND ifNull(due_at >= now(), 0)))),
    ('PETITION_HANDLING_SATISFACTION', toUInt64(ifNull(satisfied, 0) = 1))
] AS p
WHERE kind = 1

UNION ALL

SELECT
    toDate(publish_due) AS day, agency_code, procedure_code, 'PUBLISH_ON_TIME' AS indicator,
    toUInt8(0) AS per_procedure, toUInt64(ifNull(published_at <= publish_due, 0)) AS numerator,
    toUInt64(1) AS denominator
FROM ${db}.publications FINAL

UNION ALL

SELECT
    toDate(public_due) AS day, agency_code, procedure_code, 'PUBLIC_UPDATE_ON_TIME' AS indicator,
    toUInt8(0) AS per_procedure, toUInt64(ifNull(made_public_at <= public_due, 0)) AS numerator,
    toUInt64(1) AS denominator
FROM ${db}.publications FINAL

UNION ALL

SELECT
    toDate(assumeNotNull(made_public_at)) AS day, agency_code, procedure_code, 'PUBLIC_CONTENT_FULL' AS indicator,
    toUInt8(0) AS per_procedure, toUInt64(content_full) AS numerator, toUInt64(1) AS denominator
FROM ${db}.publications FINAL
WHERE made_public_at IS NOT NULL
