-- The latest version of every dossier. Operators query this, never dossier_facts directly: FINAL collapses
-- versions that background merges have not yet replaced. overdue depends on the time of the question.
SELECT
    *,
    multiIf(agency_level = 1, 'province', agency_level = 2, 'district', agency_level = 3, 'commune', 'unknown')
        AS level_name,
    timeliness = 'open' AND due_at < now() AS overdue
FROM ${db}.dossier_facts FINAL
