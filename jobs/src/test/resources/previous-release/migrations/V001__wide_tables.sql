-- Wide tables the Flink jobs write, and the views operators read.
-- Portable to ClickHouse 18.16 and 24.x/25.x: no TTL, no DateTime64, no Map/JSON, no window functions.
-- Every table is a ReplacingMergeTree keyed by the record's natural identity: replays and sink retries write the
-- same key again and never count twice once read through FINAL (the views below) or argMax.
-- Times are DateTime('Asia/Ho_Chi_Minh'): the feeds are in Vietnam time and operators think in it.

-- One row per dossier version; the highest version (the dossier's own lifecycle order) wins.
-- Partitioned by submission month, which never changes across a dossier's snapshots, so versions of a
-- dossier always meet in one partition and replace each other.
CREATE TABLE IF NOT EXISTS ${db}.dossier_facts
(
    dossier_id String,
    version UInt64,
    province_code String,
    agency_code String,
    agency_level UInt8,
    successor_agency_code String,
    procedure_code String,
    procedure_name String,
    field_code String,
    field_name String,
    channel UInt8,
    applicant_type UInt8,
    applicant_ref String,
    status UInt8,
    submitted_at DateTime('Asia/Ho_Chi_Minh'),
    received_at Nullable(DateTime('Asia/Ho_Chi_Minh')),
    due_at Nullable(DateTime('Asia/Ho_Chi_Minh')),
    finished_at Nullable(DateTime('Asia/Ho_Chi_Minh')),
    returned_at Nullable(DateTime('Asia/Ho_Chi_Minh')),
    refused_at Nullable(DateTime('Asia/Ho_Chi_Minh')),
    components UInt16,
    components_digitized UInt16,
    components_reused_component UInt16,
    components_reused_result UInt16,
    components_from_store UInt16,
    digitized UInt8,
    reused UInt8,
    from_store UInt8,
    e_results UInt16,
    e_result UInt8,
    vneid_verified UInt8,
    population_data UInt8,
    databases Array(String),
    fee_bearing UInt8,
    fee_amount UInt64,
    paid_online UInt8,
    payment_channel UInt8,
    timeliness String,
    processing_hours Nullable(Float64),
    supplements UInt16,
    quality_flags Array(String),
    ingested_at DateTime DEFAULT now()
)
ENGINE = ReplacingMergeTree(version)
PARTITION BY toYYYYMM(submitted_at)
ORDER BY dossier_id;

-- One row per processing step; a step is identified by dossier, time, officer and status.
CREATE TABLE IF NOT EXISTS ${db}.processing_steps
(
    dossier_id String,
    agency_code String,
    officer String,
    title String,
    unit String,
    step_at DateTime('Asia/Ho_Chi_Minh'),
    content String,
    status UInt8,
    started_at Nullable(DateTime('Asia/Ho_Chi_Minh')),
    deadline Nullable(DateTime('Asia/Ho_Chi_Minh')),
    late UInt8,
    late_hours Nullable(Float64)
)
ENGINE = ReplacingMergeTree
PARTITION BY toYYYYMM(step_at)
ORDER BY (dossier_id, step_at, officer, status);

-- One row per call through LGSP/NDXP (the X-Road Metrics view of the data-sharing platform).
CREATE TABLE IF NOT EXISTS ${db}.exchange_calls
(
    call_id String,
    dossier_id String,
    database String,
    api String,
    service String,
    platform String,
    caller_agency String,
    officer String,
    subject_ref String,
    called_at DateTime('Asia/Ho_Chi_Minh'),
    outcome UInt8,
    latency_ms UInt32
)
ENGINE = ReplacingMergeTree
PARTITION BY toYYYYMM(called_at)
ORDER BY call_id;

-- Bad input: never stops a job, never dropped silently. Payloads have identifiers replaced by pseudonyms.
CREATE TABLE IF NOT EXISTS ${db}.rejected_records
(
    feed String,
    source_file String,
    offset UInt64,
    reason String,
    detail String,
    payload String,
    rejected_at DateTime DEFAULT now()
)
ENGINE = ReplacingMergeTree
ORDER BY (feed, source_file, offset);

-- Agency catalogue with validity periods and the resolved successor of today (2025 reform).
CREATE TABLE IF NOT EXISTS ${db}.agencies
(
    agency_code String,
    name String,
    level UInt8,
    parent_code String,
    valid_from Date,
    valid_to Nullable(Date),
    successor_code String,
    current_successor_code String,
    province_code String
)
ENGINE = ReplacingMergeTree
ORDER BY agency_code;

-- Procedure catalogue (LayThuTuc), flattened.
CREATE TABLE IF NOT EXISTS ${db}.procedures
(
    procedure_code String,
    name String,
    field_code String,
    field_name String,
    levels Array(UInt8),
    applicant_types Array(UInt8),
    fee_bearing UInt8,
    online_offered UInt8,
    duration_days Nullable(Float64),
    documents UInt16,
    replaceable_documents UInt16,
    result_codes Array(String)
)
ENGINE = ReplacingMergeTree
ORDER BY procedure_code;

-- The latest version of every dossier. Operators query this, never dossier_facts directly: FINAL collapses
-- versions that background merges have not yet replaced. overdue depends on the time of the question.
CREATE VIEW IF NOT EXISTS ${db}.dossiers AS
SELECT
    *,
    multiIf(agency_level = 1, 'province', agency_level = 2, 'district', agency_level = 3, 'commune', 'unknown')
        AS level_name,
    timeliness = 'open' AND due_at < now() AS overdue
FROM ${db}.dossier_facts FINAL;

CREATE VIEW IF NOT EXISTS ${db}.steps AS
SELECT * FROM ${db}.processing_steps FINAL;

CREATE VIEW IF NOT EXISTS ${db}.calls AS
SELECT * FROM ${db}.exchange_calls FINAL;

CREATE VIEW IF NOT EXISTS ${db}.rejected AS
SELECT * FROM ${db}.rejected_records FINAL;

-- The counts behind the headline rates (domain.md §8), per province, level of the handling agency and day of
-- submission: the one definition of each measure. Rates for any period and unit are sums over these rows.
--   digitized: a non-deleted component digitized, or the dossier's own flag (HoSoCoThanhPhanSoHoa)
--   e_result: a result with its file (DanhSachGiayToKetQua.DuongDanTepTinKetQua)
--   population_data: citizen applicant (LoaiDoiTuong 1) with a VNeID-verified account or the population MaCSDL
--   reused: a component reused from an earlier component or result (DuocTaiSuDung 1 or 2)
--   online: submitted online (KenhThucHien 2)
--   paid_online: fee-bearing (a fee with Gia > 0) and paid online (DuocThanhToanTrucTuyen 1 or 2)
CREATE VIEW IF NOT EXISTS ${db}.headline_counts_daily AS
SELECT
    province_code,
    agency_level AS level,
    any(level_name) AS level_name,
    toDate(submitted_at) AS day,
    count() AS all_dossiers,
    countIf(digitized = 1) AS digitized_dossiers,
    countIf(e_result = 1) AS e_result_dossiers,
    countIf(applicant_type = 1) AS citizen_dossiers,
    countIf(applicant_type = 1 AND population_data = 1) AS population_data_dossiers,
    countIf(reused = 1) AS reused_dossiers,
    countIf(channel = 2) AS online_dossiers,
    countIf(fee_bearing = 1) AS fee_bearing_dossiers,
    countIf(fee_bearing = 1 AND paid_online = 1) AS paid_online_dossiers
FROM ${db}.dossiers
GROUP BY province_code, agency_level, day;

-- Headline rates per level over all the data.
CREATE VIEW IF NOT EXISTS ${db}.headline_rates_by_level AS
SELECT
    level,
    any(level_name) AS level_name,
    sum(all_dossiers) AS dossiers,
    round(100 * sum(digitized_dossiers) / sum(all_dossiers), 2) AS digitized_pct,
    round(100 * sum(e_result_dossiers) / sum(all_dossiers), 2) AS e_result_pct,
    round(100 * sum(population_data_dossiers) / sum(citizen_dossiers), 2) AS population_data_pct,
    round(100 * sum(reused_dossiers) / sum(all_dossiers), 2) AS reused_pct,
    round(100 * sum(online_dossiers) / sum(all_dossiers), 2) AS online_pct,
    round(100 * sum(paid_online_dossiers) / sum(fee_bearing_dossiers), 2) AS paid_online_pct
FROM ${db}.headline_counts_daily
GROUP BY level
ORDER BY level;
