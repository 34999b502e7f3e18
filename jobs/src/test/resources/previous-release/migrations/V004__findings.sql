-- Data-quality findings: one row per finding and dossier. A suspect dossier is accepted (it stays in every
-- denominator) and carries its findings; this view lists them so that operators can count and chase them.
-- Codes (vn.ioc.measure.QualityFlag, documented in docs/feeds/README.md):
--   UNKNOWN_AGENCY          DonViXuLy is not in the agency catalogue
--   DATES_OUT_OF_ORDER      received before submitted, due before received, finished before received, or
--                           returned before finished
--   APPLICANT_ID_INVALID    a citizen id or tax code that fails its structure check (vn.ioc.feed.Identifiers)
--   DIGITIZED_WITHOUT_FILE  a component flagged digitized without a file path
--   E_RESULT_WITHOUT_FILE   an electronic result without its file
CREATE VIEW IF NOT EXISTS ${db}.findings AS
SELECT
    code,
    dossier_id,
    province_code,
    agency_code,
    successor_agency_code,
    agency_level,
    procedure_code,
    submitted_at,
    status
FROM ${db}.dossier_facts FINAL
ARRAY JOIN quality_flags AS code;
