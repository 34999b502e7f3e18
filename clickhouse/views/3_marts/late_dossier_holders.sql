-- The drill-down from a late dossier to the officer who held it, defined once: operator question 19, the report,
-- the Grafana dashboard and the notebooks all read it. The holder is the officer of the first step after the due
-- time (the step running when the dossier went late) or, for a dossier still open past its due time with no such
-- step, the officer of its latest step (computed in the aggregate dossier_holders). A dossier counts when it finished
-- late, or is still open and its due time has passed at the time of the question; dossiers without a step have no
-- holder and are left out. The report's late lists (./ioc report --as-of) keep those whose due_at fell within the
-- period and before the time of the question.
SELECT
    dossier_id,
    agency_code,
    submitted_at,
    due_at,
    toDate(due_at) AS due_day,
    is_open,
    late_holder AS holder
FROM ${db}.dossier_holders
WHERE has_steps = 1 AND (is_open = 0 OR due_at < now())
