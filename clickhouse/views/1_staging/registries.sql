-- Current registry records: the latest version of each, deletions removed.
SELECT * FROM ${db}.registry_records FINAL WHERE deleted = 0
