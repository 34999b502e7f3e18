-- Built after the rows are copied in, as a bulk load would.
CREATE INDEX ON dossiers (agency_code);
CREATE INDEX ON dossiers (submitted_at);
CREATE INDEX ON dossiers (procedure_code);
CREATE INDEX ON steps (dossier_id);
CREATE INDEX ON steps (step_at);
CREATE INDEX ON calls (database, api);
ANALYZE;
