-- name: late_dossiers_by_responsible_officer
-- question: Per month and unit, which officer held each dossier when it went late (the step running at its due time, or the current holder of an overdue one), and how many such dossiers?
-- columns: month, agency_code, officer, late_dossiers, still_open, example_dossiers
SELECT
    toStartOfMonth(due_day) AS month,
    agency_code,
    holder AS officer,
    count() AS late_dossiers,
    countIf(is_open = 1) AS still_open,
    arrayStringConcat(arraySlice(arraySort(groupArray(dossier_id)), 1, 3), ' ') AS example_dossiers
FROM late_dossier_holders
GROUP BY month, agency_code, officer
ORDER BY month, late_dossiers DESC, officer
