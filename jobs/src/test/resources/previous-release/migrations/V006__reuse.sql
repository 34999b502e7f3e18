-- The three views of data reuse per dossier (domain.md §7), from the join of dossiers, registries and the exchange
-- log (vn.ioc.measure.ReuseJoin). Database codes: CSDLQGDC population, CSDLQGDKDN business registry, CSDLQGBH
-- insurance, KQ an earlier result (digitized results store).
--   declared          MaCSDL of the dossier, plus CSDLQGDC when the applicant's account is VNeID-verified
--   observed          databases the exchange log shows were called for the dossier (any outcome);
--   observed_matched  ... with outcome matched
--   registries_found  registries that hold the applicant (population and insurance by citizen id, the business
--                     registry by enterprise code)
--   possible          the registry holds the applicant and the procedure has a component that database (or an
--                     earlier result, for a citizen the population database knows) can replace (MA_CSDL_THAYTHE,
--                     MA_KQ_THAYTHE in the procedure catalogue)
--   missed            possible, yet such a component was submitted on paper (neither DuocTaiSuDung nor
--                     DuocLayTuKhoDMQG) and the database was neither declared nor called
-- A row is revised whenever a snapshot, registry record or call about the dossier arrives, in any order. Its version
-- is the dossier's lifecycle version with the low 16 bits counting what is known (1 + calls + registry matches, 2
-- when found), so a revision that adds information has a new, higher version; one that adds nothing countable ties
-- and, inserted later, wins (ReplacingMergeTree keeps the last of equal versions).
CREATE TABLE IF NOT EXISTS ${db}.dossier_reuse
(
    dossier_id String,
    version UInt64,
    province_code String,
    agency_code String,
    agency_level UInt8,
    successor_agency_code String,
    procedure_code String,
    submitted_at DateTime('Asia/Ho_Chi_Minh'),
    applicant_type UInt8,
    declared Array(String),
    observed Array(String),
    observed_matched Array(String),
    registries_found Array(String),
    possible Array(String),
    missed Array(String),
    missed_components UInt16,
    calls UInt16,
    call_errors UInt16,
    calls_not_found UInt16,
    max_latency_ms UInt32,
    findings Array(String)
)
ENGINE = ReplacingMergeTree(version)
PARTITION BY toYYYYMM(submitted_at)
ORDER BY dossier_id;

CREATE VIEW IF NOT EXISTS ${db}.reuse AS
SELECT * FROM ${db}.dossier_reuse FINAL;

-- One row per dossier and database, with the three views as 0/1: sums give counts per unit, month and database.
CREATE VIEW IF NOT EXISTS ${db}.reuse_by_database AS
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
FROM ${db}.dossier_reuse FINAL
ARRAY JOIN ['CSDLQGDC', 'CSDLQGDKDN', 'CSDLQGBH', 'KQ'] AS database;

-- Findings now also come from the joins: DECLARED_WITHOUT_CALL, CALL_WITHOUT_DECLARATION,
-- APPLICANT_NOT_IN_REGISTRY (a citizen the population database, or an enterprise the business registry, does not
-- know), ENTERPRISE_NOT_ACTIVE (not founded yet, or recorded closed or suspended, at submission).
DROP TABLE IF EXISTS ${db}.findings;

CREATE VIEW ${db}.findings AS
SELECT code, dossier_id, province_code, agency_code, successor_agency_code, agency_level, procedure_code,
    submitted_at
FROM ${db}.dossier_facts FINAL
ARRAY JOIN quality_flags AS code
UNION ALL
SELECT code, dossier_id, province_code, agency_code, successor_agency_code, agency_level, procedure_code,
    submitted_at
FROM ${db}.dossier_reuse FINAL
ARRAY JOIN findings AS code;
