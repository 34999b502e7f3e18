-- Copies rows that were in ${db} before the province database existed; the materialized views of province.sql
-- take everything inserted afterwards. Safe to repeat: the tables replace rows by their keys.
INSERT INTO ${pdb}.dossier_facts SELECT * FROM ${db}.dossier_facts WHERE province_code = '${province}';
INSERT INTO ${pdb}.processing_steps SELECT * FROM ${db}.processing_steps WHERE province_code = '${province}';
INSERT INTO ${pdb}.exchange_calls SELECT * FROM ${db}.exchange_calls WHERE province_code = '${province}';
INSERT INTO ${pdb}.agencies SELECT * FROM ${db}.agencies WHERE province_code = '${province}';
