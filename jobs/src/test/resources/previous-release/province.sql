-- A province's own database: what its operators may read. 18.16 checks access on the databases a view reads
-- from, so a view over ${db} would be denied to them; the province's rows are therefore kept in tables of its own
-- database, filled at insert time by materialized views, and read through the same FINAL views as in ${db}.
-- Parameters: ${db} (the main database), ${pdb} (the province database), ${province} (the province's agency code).
CREATE DATABASE IF NOT EXISTS ${pdb};

CREATE TABLE IF NOT EXISTS ${pdb}.dossier_facts AS ${db}.dossier_facts
ENGINE = ReplacingMergeTree(version) PARTITION BY toYYYYMM(submitted_at) ORDER BY dossier_id;

CREATE MATERIALIZED VIEW IF NOT EXISTS ${pdb}.dossier_facts_feed TO ${pdb}.dossier_facts AS
SELECT * FROM ${db}.dossier_facts WHERE province_code = '${province}';

CREATE TABLE IF NOT EXISTS ${pdb}.processing_steps AS ${db}.processing_steps
ENGINE = ReplacingMergeTree PARTITION BY toYYYYMM(step_at) ORDER BY (dossier_id, step_at, officer, status);

CREATE MATERIALIZED VIEW IF NOT EXISTS ${pdb}.processing_steps_feed TO ${pdb}.processing_steps AS
SELECT * FROM ${db}.processing_steps WHERE province_code = '${province}';

CREATE TABLE IF NOT EXISTS ${pdb}.exchange_calls AS ${db}.exchange_calls
ENGINE = ReplacingMergeTree PARTITION BY toYYYYMM(called_at) ORDER BY call_id;

CREATE MATERIALIZED VIEW IF NOT EXISTS ${pdb}.exchange_calls_feed TO ${pdb}.exchange_calls AS
SELECT * FROM ${db}.exchange_calls WHERE province_code = '${province}';

CREATE TABLE IF NOT EXISTS ${pdb}.agencies AS ${db}.agencies ENGINE = ReplacingMergeTree ORDER BY agency_code;

CREATE MATERIALIZED VIEW IF NOT EXISTS ${pdb}.agencies_feed TO ${pdb}.agencies AS
SELECT * FROM ${db}.agencies WHERE province_code = '${province}';

CREATE VIEW IF NOT EXISTS ${pdb}.dossiers AS
SELECT
    *,
    multiIf(agency_level = 1, 'province', agency_level = 2, 'district', agency_level = 3, 'commune', 'unknown')
        AS level_name,
    timeliness = 'open' AND due_at < now() AS overdue
FROM ${pdb}.dossier_facts FINAL;

CREATE VIEW IF NOT EXISTS ${pdb}.steps AS SELECT * FROM ${pdb}.processing_steps FINAL;

CREATE VIEW IF NOT EXISTS ${pdb}.calls AS SELECT * FROM ${pdb}.exchange_calls FINAL;

-- as ${db}.late_dossier_holders (migration V008), over the province's own views
CREATE VIEW IF NOT EXISTS ${pdb}.late_dossier_holders AS
SELECT
    dossier_id,
    any(d.agency_code) AS agency_code,
    any(d.submitted) AS submitted_at,
    toDate(any(due)) AS due_day,
    any(d.open) AS is_open,
    if(countIf(step_at > due) > 0, argMinIf(officer, step_at, step_at > due), argMax(officer, step_at)) AS holder
FROM
(
    SELECT dossier_id, agency_code, submitted_at AS submitted, assumeNotNull(due_at) AS due, timeliness = 'open' AS open
    FROM ${pdb}.dossiers
    WHERE timeliness = 'late' OR overdue
) AS d
ALL INNER JOIN (SELECT dossier_id, officer, step_at FROM ${pdb}.steps) AS s USING dossier_id
GROUP BY dossier_id;
