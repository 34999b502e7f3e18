CREATE TABLE IF NOT EXISTS ${db}.things (id UInt32, name String) ENGINE = ReplacingMergeTree ORDER BY id;
