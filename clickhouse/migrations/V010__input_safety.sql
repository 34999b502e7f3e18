-- Input safety (issue 18).
-- Registry dates reach back before 1970 (enterprises founded in the 1950s): since becomes a signed day number.
ALTER TABLE ${db}.registry_records MODIFY COLUMN since Int32;

-- A registry record accepted with an optional field emptied carries its findings (EMPTIED:<field>), as
-- dossier_facts.quality_flags does for dossiers. (processing_steps gets no such column: the province databases'
-- materialized views copy it with SELECT *, and on 18.16 a new column breaks them until they are created again.)
ALTER TABLE ${db}.registry_records ADD COLUMN quality_flags Array(String);
