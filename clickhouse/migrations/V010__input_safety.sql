-- Input safety (issue 18).
-- Registry dates reach back before 1970 (enterprises founded in the 1950s): since becomes a signed day number.
ALTER TABLE ${db}.registry_records MODIFY COLUMN since Int32;

-- A registry record accepted with an optional field emptied carries its findings (EMPTIED:<field>), as
-- dossier_facts.quality_flags does for dossiers. (processing_steps gets no such column: the province databases'
-- materialized views copy it with SELECT *, and on 18.16 a new column breaks them until they are created again.)
ALTER TABLE ${db}.registry_records ADD COLUMN quality_flags Array(String);

-- Lines of a feed file that the job will never read (the file grew after it was read, shrank, or ended in a half
-- line): one ledger row per such stretch, at the offset where reading stopped, with the number of lines in it.
-- Such a row is not a line read: read = accepted + rejected still holds, and unread is what is missing.
ALTER TABLE ${db}.feed_ledger ADD COLUMN unread UInt32 DEFAULT 0;
