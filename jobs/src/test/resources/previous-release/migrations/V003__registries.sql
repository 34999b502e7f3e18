-- The national registries' records for the province (population, business registry, insurance), one version per
-- change; the latest change (updated_at) wins. Keys and linked identifiers are pseudonyms, as in every table, so
-- they join with dossiers.applicant_ref and calls.subject_ref.
--   since: population = birth year; business registry = founding day (epoch day); insurance = expiry (epoch day)
--   linked_ref: population = old 9-digit card; insurance = holder's citizen id
CREATE TABLE IF NOT EXISTS ${db}.registry_records
(
    registry String,
    key_ref String,
    linked_ref String,
    status UInt8,
    since UInt32,
    province String,
    commune String,
    updated_at DateTime('Asia/Ho_Chi_Minh'),
    deleted UInt8
)
ENGINE = ReplacingMergeTree(updated_at)
ORDER BY (registry, key_ref);

-- Current registry records: the latest version of each, deletions removed.
CREATE VIEW IF NOT EXISTS ${db}.registries AS
SELECT * FROM ${db}.registry_records FINAL WHERE deleted = 0;
