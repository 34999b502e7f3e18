-- One row per indicator, grain, day, agency and procedure, with the indicator's numerator and denominator. The
-- dossier counts come at two grains (aggregate indicator_counts): grain 'day', and grain 'month' on the month's first
-- day, for scorecards of whole months; the other feeds' rows (grain 'all') count at either. Read a period either at
-- grain 'day' plus 'all', or whole months at grain 'month' plus 'all' (vn.ioc.score.IndicatorFigures does both);
-- indicator_inputs is the day grain alone.
-- per_procedure = 1 marks indicators that count procedures, not dossiers: over a unit and a period their
-- numerator is the number of distinct procedures with numerator > 0 (and likewise the denominator), so they do
-- not add up across units. Everything else is a count of dossiers, petitions or publications and adds up.
--
-- The written definition of every indicator, its edge cases and why, is docs/indicators.md; this file is its one
-- implementation (with the counts of aggregates/indicator_counts.sql).
-- Dossiers count when received, on their day of reception (that of DOSSIER_SYNC's reception reports):
--   DOSSIER_SYNC                  received dossiers synced ÷ the unit's own reported count (reception_reports)
--   ON_TIME                       finished early or on time, or open and not yet due ÷ received and not closed
--                                 (refused, withdrawn and stopped dossiers are neither on time nor late)
--   ONLINE_OFFERED      (proc.)   procedures offering online service (catalogue) ÷ procedures with dossiers
--   ONLINE_USED         (proc.)   online procedures that received an online dossier ÷ online procedures
--   ONLINE_DOSSIERS               submitted online (KenhThucHien 2) ÷ received
--   PAYMENT_A                     paid online ÷ dossiers with fees (a fee line with an amount)
--   PAYMENT_B           (proc.)   fee-bearing procedures with a dossier paid online ÷ fee-bearing procedures
--   PAYMENT_C           (proc.)   fee-bearing procedures whose dossiers carry fee data (an amount) ÷ fee-bearing
--                                 procedures (fee-bearing per the catalogue, for B and C)
--   DOSSIER_RECEIVING_SATISFACTION  received dossiers neither late nor overdue nor the subject of a petition or a
--                                 dissatisfied rating ÷ received
--   ORIGINAL_RESULT_AVAILABLE     with an e-result file ÷ finished dossiers of procedures that issue a result
--   SO_HOA_GIAY_TO_GIAI_QUYET     digitized components and an e-result ÷ received
--   REUSED_DIGITIZED_DATA         a component reused (DuocTaiSuDung 1 or 2) ÷ received
--   SYNCED_WITH_DVCQG_PERSONAL_STORAGE  a component from the DVCQG store or an e-result ÷ received
--   CITIZEN_DATA_CONNECTED_DOSSIER      population data used (VNeID account or MaCSDL CSDLQGDC) ÷ received
--   CITIZEN_DATA_CONNECTED_FORMALITY (proc.)  citizen procedures (catalogue) with such a dossier ÷ citizen procedures
-- Petitions (kind 1) are placed on their day of receipt:
--   PETITION_PROCESSING_ON_TIME   handled by the deadline, or open and not yet due ÷ petitions
--   PETITION_HANDLING_SATISFACTION  judged satisfactory by the petitioner ÷ petitions
-- Publications: PUBLISH_ON_TIME on the publishing deadline's day (published by it ÷ due)
--   PUBLIC_UPDATE_ON_TIME on the making-public deadline's day (made public by it ÷ due)
--   PUBLIC_CONTENT_FULL on the day made public (with every required part ÷ made public).
-- ELECTRONIC_CERTIFIED_COPY has no input in any feed (the portal takes it from another system).
-- What depends on the time of the question is judged when it is asked: numerator_settled counts what is decided
-- (finished in time, handled in time), numerator_open_due holds the due times (epoch seconds) of the open dossiers and
-- petitions that count while not yet due, and numerator is the two judged now. ./ioc scorecard --as-of T judges the
-- same columns at T instead (vn.ioc.score.IndicatorFigures).
SELECT
    grain, day, agency_code, procedure_code, indicator, per_procedure, numerator_settled, numerator_open_due,
    numerator_settled + arrayCount(t -> t >= toUInt32(now()), numerator_open_due) AS numerator,
    denominator
FROM
(
    SELECT
        grain,
        day,
        agency_code,
        procedure_code,
        tupleElement(i, 1) AS indicator,
        tupleElement(i, 2) AS per_procedure,
        tupleElement(i, 3) AS numerator_settled,
        tupleElement(i, 4) AS numerator_open_due,
        tupleElement(i, 5) AS denominator
    FROM
    (
        -- the dossier counts (aggregate indicator_counts); an open dossier is on time, and not overdue, while its
        -- due time has not passed
        SELECT
            grain, day, agency_code, procedure_code, n_received, n_timed, n_finished_in_time,
            arrayMap(t -> toUInt32(t), open_due) AS open_due_at,
            n_offered, n_online, n_online_used, n_fee, n_paid, n_catalogue_fee, n_catalogue_fee_paid, n_fee_data,
            n_satisfying_closed, arrayMap(t -> toUInt32(t), open_due_not_complained) AS open_due_not_complained_at,
            n_result_due, n_result_available, n_digitized_result, n_reused, n_storage, n_population, n_citizen,
            n_citizen_population
        FROM ${db}.indicator_counts
    )
    ARRAY JOIN [
        ('DOSSIER_SYNC', toUInt8(0), toUInt64(n_received), emptyArrayUInt32(), toUInt64(0)),
        ('ON_TIME', toUInt8(0), toUInt64(n_finished_in_time), open_due_at, toUInt64(n_timed)),
        ('ONLINE_OFFERED', toUInt8(1), toUInt64(n_offered), emptyArrayUInt32(), toUInt64(n_received)),
        ('ONLINE_USED', toUInt8(1), toUInt64(n_online_used), emptyArrayUInt32(), toUInt64(n_offered)),
        ('ONLINE_DOSSIERS', toUInt8(0), toUInt64(n_online), emptyArrayUInt32(), toUInt64(n_received)),
        ('PAYMENT_A', toUInt8(0), toUInt64(n_paid), emptyArrayUInt32(), toUInt64(n_fee)),
        ('PAYMENT_B', toUInt8(1), toUInt64(n_catalogue_fee_paid), emptyArrayUInt32(), toUInt64(n_catalogue_fee)),
        ('PAYMENT_C', toUInt8(1), toUInt64(n_fee_data), emptyArrayUInt32(), toUInt64(n_catalogue_fee)),
        ('DOSSIER_RECEIVING_SATISFACTION', toUInt8(0), toUInt64(n_satisfying_closed), open_due_not_complained_at,
            toUInt64(n_received)),
        ('ORIGINAL_RESULT_AVAILABLE', toUInt8(0), toUInt64(n_result_available), emptyArrayUInt32(),
            toUInt64(n_result_due)),
        ('SO_HOA_GIAY_TO_GIAI_QUYET', toUInt8(0), toUInt64(n_digitized_result), emptyArrayUInt32(),
            toUInt64(n_received)),
        ('REUSED_DIGITIZED_DATA', toUInt8(0), toUInt64(n_reused), emptyArrayUInt32(), toUInt64(n_received)),
        ('SYNCED_WITH_DVCQG_PERSONAL_STORAGE', toUInt8(0), toUInt64(n_storage), emptyArrayUInt32(),
            toUInt64(n_received)),
        ('CITIZEN_DATA_CONNECTED_DOSSIER', toUInt8(0), toUInt64(n_population), emptyArrayUInt32(),
            toUInt64(n_received)),
        ('CITIZEN_DATA_CONNECTED_FORMALITY', toUInt8(1), toUInt64(n_citizen_population), emptyArrayUInt32(),
            toUInt64(n_citizen))
    ] AS i

    UNION ALL

    SELECT 'all' AS grain, day, agency_code, '' AS procedure_code, 'DOSSIER_SYNC' AS indicator,
        toUInt8(0) AS per_procedure, toUInt64(0) AS numerator_settled, emptyArrayUInt32() AS numerator_open_due,
        toUInt64(received) AS denominator
    FROM ${db}.reception_reports FINAL

    UNION ALL

    -- a petition is on time when handled by its due time, or while open and not yet due
    SELECT
        'all' AS grain,
        toDate(received_at) AS day,
        agency_code,
        '' AS procedure_code,
        tupleElement(p, 1) AS indicator,
        toUInt8(0) AS per_procedure,
        tupleElement(p, 2) AS numerator_settled,
        tupleElement(p, 3) AS numerator_open_due,
        toUInt64(1) AS denominator
    FROM ${db}.petition_records
    ARRAY JOIN [
        ('PETITION_PROCESSING_ON_TIME', toUInt64(ifNull(handled_at <= due_at, 0)),
            if(handled_at IS NULL AND due_at IS NOT NULL, [toUInt32(assumeNotNull(due_at))], emptyArrayUInt32())),
        ('PETITION_HANDLING_SATISFACTION', toUInt64(ifNull(satisfied, 0) = 1), emptyArrayUInt32())
    ] AS p
    WHERE is_pakn = 1

    UNION ALL

    SELECT
        'all' AS grain,
        toDate(publish_due) AS day, agency_code, procedure_code, 'PUBLISH_ON_TIME' AS indicator,
        toUInt8(0) AS per_procedure, toUInt64(ifNull(published_at <= publish_due, 0)) AS numerator_settled,
        emptyArrayUInt32() AS numerator_open_due, toUInt64(1) AS denominator
    FROM ${db}.publications FINAL

    UNION ALL

    SELECT
        'all' AS grain,
        toDate(public_due) AS day, agency_code, procedure_code, 'PUBLIC_UPDATE_ON_TIME' AS indicator,
        toUInt8(0) AS per_procedure, toUInt64(ifNull(made_public_at <= public_due, 0)) AS numerator_settled,
        emptyArrayUInt32() AS numerator_open_due, toUInt64(1) AS denominator
    FROM ${db}.publications FINAL

    UNION ALL

    SELECT
        'all' AS grain,
        toDate(assumeNotNull(made_public_at)) AS day, agency_code, procedure_code, 'PUBLIC_CONTENT_FULL' AS indicator,
        toUInt8(0) AS per_procedure, toUInt64(content_full) AS numerator_settled,
        emptyArrayUInt32() AS numerator_open_due, toUInt64(1) AS denominator
    FROM ${db}.publications FINAL
    WHERE made_public_at IS NOT NULL
)
