-- The wide rows the benchmark compares PostgreSQL on: the same columns operators query in ClickHouse's views
-- (dossiers, steps, calls), copied from ClickHouse, with the indexes a one-stop system's database would have.
DROP TABLE IF EXISTS dossiers;
DROP TABLE IF EXISTS steps;
DROP TABLE IF EXISTS calls;

CREATE TABLE dossiers
(
    dossier_id text PRIMARY KEY,
    province_code text,
    agency_code text,
    agency_level smallint,
    level_name text,
    procedure_code text,
    procedure_name text,
    channel smallint,
    applicant_type smallint,
    status smallint,
    submitted_at timestamp,
    due_at timestamp,
    finished_at timestamp,
    digitized smallint,
    e_result smallint,
    vneid_verified smallint,
    population_data smallint,
    fee_bearing smallint,
    fee_amount bigint,
    paid_online smallint,
    payment_channel smallint,
    timeliness text,
    processing_hours double precision,
    supplements integer,
    overdue smallint
);

CREATE TABLE steps
(
    dossier_id text,
    agency_code text,
    officer text,
    title text,
    step_at timestamp,
    late smallint,
    late_hours double precision
);

CREATE TABLE calls
(
    call_id text PRIMARY KEY,
    dossier_id text,
    database text,
    api text,
    platform text,
    caller_agency text,
    outcome smallint,
    latency_ms integer
);
