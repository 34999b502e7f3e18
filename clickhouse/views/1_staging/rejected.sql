-- Bad input, one row per rejected line (feed, file, offset).
SELECT * FROM ${db}.rejected_records FINAL
