-- Calls through LGSP / NDXP, each once.
SELECT * FROM ${db}.exchange_calls FINAL
