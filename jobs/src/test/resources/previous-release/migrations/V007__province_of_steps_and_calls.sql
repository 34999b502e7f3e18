-- The province of each step and call, set at ingestion from the agency catalogue the job loads at start. A
-- province's own database (clickhouse/access/province.sql) takes its rows by this column as they are inserted,
-- instead of looking the agency up in the agencies table, which may not have arrived yet.
ALTER TABLE ${db}.processing_steps ADD COLUMN province_code String;

ALTER TABLE ${db}.exchange_calls ADD COLUMN province_code String;
