-- agencies.rollup_units (V005) holds more exactly than V005 says: the units whose figures include an agency's
-- dossiers are the agency's successor chain (itself, the unit that took it over, and so on) and, from every unit
-- on that chain, its parents; a parent's successor is followed only for a merger at the parent's level (a province
-- into a province), never for an abolished district, whose successor commune takes over the district's own desk
-- while its communes carry their dossiers to successors of their own (vn.ioc.enrich.AgencyDirectory; today's
-- communes thus add up to the province). An agency missing from the catalogue counts under its own code alone
-- (view unit_agencies).

-- The 766 rule table in the warehouse, so that views score units as ./ioc scorecard does and BI tools show points
-- (views indicator_figures_by_period, indicator_scores, group_scores, unit_scores). The rows are those of
-- rules/score-rules.csv, one per indicator and rule version, with the file's columns as text (valid_from as a date);
-- ./ioc migrate loads them after the migrations whenever the file packaged in its jar differs from the table
-- (vn.ioc.clickhouse.ReferenceData). A rule version is never edited, only added, so a past period keeps its rules.
CREATE TABLE IF NOT EXISTS ${db}.score_rules
(
    version String,
    valid_from Date,
    indicator String,
    `group` String,
    max_points String,
    kind String,
    full_at String,
    on_zero String,
    confirmed String,
    loaded_at DateTime DEFAULT now()
)
ENGINE = ReplacingMergeTree(loaded_at)
ORDER BY (version, indicator);

