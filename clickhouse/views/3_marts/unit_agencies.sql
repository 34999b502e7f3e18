-- Every unit and the agencies whose figures it carries, the one roll-up of every scorecard (vn.ioc.score.
-- IndicatorFigures, indicator_figures_by_period): the catalogue's agencies.rollup_units (itself, its parents, its
-- successors; vn.ioc.enrich.AgencyDirectory, docs/indicators.md edge case 7), and an agency with dossiers that is
-- missing from the catalogue under its own code alone, so that its dossiers stay in its own scorecard and in the
-- country's (edge case 5).
SELECT rollup_unit AS unit, agency_code
FROM
(
    SELECT agency_code, arrayJoin(if(empty(rollup_units), [agency_code], rollup_units)) AS rollup_unit
    FROM ${db}.agencies FINAL
)
UNION ALL
SELECT agency_code AS unit, agency_code
FROM ${db}.indicator_counts
WHERE grain = 'month' AND agency_code NOT IN (SELECT agency_code FROM ${db}.agencies)
GROUP BY agency_code
