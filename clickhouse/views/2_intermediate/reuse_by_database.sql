-- One row per dossier and database, with the three views of reuse as 0/1: sums give counts per unit, month and
-- database. Database codes: CSDLQGDC population, CSDLQGDKDN business registry, CSDLQGBH insurance, KQ an earlier
-- result (digitized results store).
SELECT
    dossier_id,
    province_code,
    agency_code,
    agency_level,
    successor_agency_code,
    procedure_code,
    submitted_at,
    applicant_type,
    database,
    has(declared, database) AS is_declared,
    has(observed, database) AS is_observed,
    has(observed_matched, database) AS is_observed_matched,
    has(possible, database) AS is_possible,
    has(missed, database) AS is_missed
FROM ${db}.reuse
ARRAY JOIN ['CSDLQGDC', 'CSDLQGDKDN', 'CSDLQGBH', 'KQ'] AS database
