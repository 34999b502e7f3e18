-- When each row was inserted, on every table the aggregates read (dossier_facts has it since V001), so that a refresh
-- of the aggregates (clickhouse/aggregates, vn.ioc.clickhouse.Aggregates) finds the months whose rows changed since the
-- previous one. Rows inserted before this migration are given the epoch: the first refresh recomputes every month anyway,
-- and without it their default would be read as the time of each read, so they would look new at every refresh.
ALTER TABLE ${db}.processing_steps ADD COLUMN ingested_at DateTime DEFAULT now();

ALTER TABLE ${db}.processing_steps UPDATE ingested_at = toDateTime(0) WHERE 1;

ALTER TABLE ${db}.exchange_calls ADD COLUMN ingested_at DateTime DEFAULT now();

ALTER TABLE ${db}.exchange_calls UPDATE ingested_at = toDateTime(0) WHERE 1;

ALTER TABLE ${db}.dossier_reuse ADD COLUMN ingested_at DateTime DEFAULT now();

ALTER TABLE ${db}.dossier_reuse UPDATE ingested_at = toDateTime(0) WHERE 1;

ALTER TABLE ${db}.registry_records ADD COLUMN ingested_at DateTime DEFAULT now();

ALTER TABLE ${db}.registry_records UPDATE ingested_at = toDateTime(0) WHERE 1;

ALTER TABLE ${db}.petitions ADD COLUMN ingested_at DateTime DEFAULT now();

ALTER TABLE ${db}.petitions UPDATE ingested_at = toDateTime(0) WHERE 1;

ALTER TABLE ${db}.procedures ADD COLUMN ingested_at DateTime DEFAULT now();

ALTER TABLE ${db}.procedures UPDATE ingested_at = toDateTime(0) WHERE 1;
