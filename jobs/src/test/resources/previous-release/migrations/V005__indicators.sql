-- The 766 index (domain.md §6) from raw events: the small feeds behind transparency and satisfaction, the units
-- each agency's figures roll up to, and the numerator and denominator of every indicator, defined once here.

-- Petitions (PAKN, kind 1) and reception ratings (kind 2); the latest update of a petition wins.
CREATE TABLE IF NOT EXISTS ${db}.petitions
(
    petition_id String,
    kind UInt8,
    agency_code String,
    dossier_id String,
    received_at DateTime('Asia/Ho_Chi_Minh'),
    due_at Nullable(DateTime('Asia/Ho_Chi_Minh')),
    handled_at Nullable(DateTime('Asia/Ho_Chi_Minh')),
    satisfied Nullable(UInt8),
    rating UInt8,
    updated_at DateTime('Asia/Ho_Chi_Minh')
)
ENGINE = ReplacingMergeTree(updated_at)
ORDER BY petition_id;

-- A procedure published by a unit's decision, and made public in the national procedure database.
CREATE TABLE IF NOT EXISTS ${db}.publications
(
    decision_id String,
    procedure_code String,
    agency_code String,
    publish_due DateTime('Asia/Ho_Chi_Minh'),
    published_at Nullable(DateTime('Asia/Ho_Chi_Minh')),
    public_due DateTime('Asia/Ho_Chi_Minh'),
    made_public_at Nullable(DateTime('Asia/Ho_Chi_Minh')),
    content_full UInt8,
    updated_at DateTime('Asia/Ho_Chi_Minh')
)
ENGINE = ReplacingMergeTree(updated_at)
ORDER BY (decision_id, procedure_code);

-- The one-stop system's own count of dossiers received per unit and day (the national reporting count).
CREATE TABLE IF NOT EXISTS ${db}.reception_reports
(
    agency_code String,
    day Date,
    received UInt32,
    reported_at DateTime('Asia/Ho_Chi_Minh')
)
ENGINE = ReplacingMergeTree(reported_at)
ORDER BY (agency_code, day);

-- Units whose figures include an agency's dossiers: itself, its parents, and its successors and their parents
-- (vn.ioc.enrich.AgencyDirectory#rollupUnits). A historical unit's dossiers thus also count for today's unit.
ALTER TABLE ${db}.agencies ADD COLUMN rollup_units Array(String);

-- One row per indicator, day, agency and procedure, with the indicator's numerator and denominator.
-- per_procedure = 1 marks indicators that count procedures, not dossiers: over a unit and a period their
-- numerator is the number of distinct procedures with numerator > 0 (and likewise the denominator), so they do
-- not add up across units. Everything else is a count of dossiers, petitions or publications and adds up.
--
-- Dossiers are placed on their day of submission and count when received (received_at set):
--   DOSSIER_SYNC                  received dossiers synced ÷ the unit's own reported count (reception_reports)
--   ON_TIME                       finished early or on time, or open and not yet due ÷ received and not closed
--                                 (refused, withdrawn and stopped dossiers are neither on time nor late)
--   ONLINE_OFFERED      (proc.)   procedures offering online service (catalogue) ÷ procedures with dossiers
--   ONLINE_USED         (proc.)   online procedures that received an online dossier ÷ online procedures
--   ONLINE_DOSSIERS               submitted online (KenhThucHien 2) ÷ received
--   PAYMENT_A                     paid online ÷ fee-bearing dossiers
--   PAYMENT_B           (proc.)   fee-bearing procedures with a dossier paid online ÷ fee-bearing procedures
--   PAYMENT_C           (proc.)   fee-bearing procedures whose dossiers carry fee data ÷ fee-bearing procedures
--                                 (fee-bearing per the catalogue)
--   DOSSIER_RECEIVING_SATISFACTION  received dossiers neither late nor overdue nor the subject of a petition or a
--                                 dissatisfied rating ÷ received
--   ORIGINAL_RESULT_AVAILABLE     with an e-result file ÷ finished dossiers of procedures that issue a result
--   SO_HOA_GIAY_TO_GIAI_QUYET     digitized components and an e-result ÷ received
--   REUSED_DIGITIZED_DATA         a component reused (DuocTaiSuDung 1 or 2) ÷ received
--   SYNCED_WITH_DVCQG_PERSONAL_STORAGE  a component from the DVCQG store or an e-result ÷ received
--   CITIZEN_DATA_CONNECTED_DOSSIER      population data used (VNeID account or MaCSDL CSDLQGDC) ÷ received
--   CITIZEN_DATA_CONNECTED_FORMALITY (proc.)  citizen procedures with such a dossier ÷ citizen procedures
-- Petitions (kind 1) are placed on their day of receipt:
--   PETITION_PROCESSING_ON_TIME   handled by the deadline, or open and not yet due ÷ petitions
--   PETITION_HANDLING_SATISFACTION  judged satisfactory by the petitioner ÷ petitions
-- Publications: PUBLISH_ON_TIME on the publishing deadline's day (published by it ÷ due);
--   PUBLIC_UPDATE_ON_TIME on the making-public deadline's day (made public by it ÷ due);
--   PUBLIC_CONTENT_FULL on the day made public (with every required part ÷ made public).
-- ELECTRONIC_CERTIFIED_COPY has no input in any feed (the portal takes it from another system).
CREATE VIEW IF NOT EXISTS ${db}.indicator_inputs AS
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
        toDate(submitted_at) AS day,
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
        countIf(received AND catalogue_fee = 1 AND fee_amount > 0) AS n_fee_data,
        countIf(received AND NOT (timeliness = 'late' OR overdue) AND NOT complained) AS n_satisfying,
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
            submitted_at, agency_code, procedure_code, received_at IS NOT NULL AS received, timeliness, overdue,
            channel, fee_bearing, paid_online, fee_amount, status, e_result, digitized, reused, from_store,
            population_data, applicant_type,
            dossier_id IN (SELECT dossier_id FROM ${db}.petitions FINAL WHERE kind = 1 OR rating = 3) AS complained
        FROM ${db}.dossiers
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
    GROUP BY day, agency_code, procedure_code
)
ARRAY JOIN [
    ('DOSSIER_SYNC', toUInt8(0), toUInt64(n_received), toUInt64(0)),
    ('ON_TIME', toUInt8(0), toUInt64(n_on_time), toUInt64(n_timed)),
    ('ONLINE_OFFERED', toUInt8(1), toUInt64(n_offered), toUInt64(n_received)),
    ('ONLINE_USED', toUInt8(1), toUInt64(n_online_used), toUInt64(n_offered)),
    ('ONLINE_DOSSIERS', toUInt8(0), toUInt64(n_online), toUInt64(n_received)),
    ('PAYMENT_A', toUInt8(0), toUInt64(n_paid), toUInt64(n_fee)),
    ('PAYMENT_B', toUInt8(1), toUInt64(n_paid), toUInt64(n_fee)),
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
WHERE made_public_at IS NOT NULL;
