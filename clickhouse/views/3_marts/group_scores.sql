-- Every unit's group points per month, quarter and year and rule version (view indicator_scores; in_force as there):
-- the sum of the group's indicator points, a NULL counting as 0, as ./ioc scorecard's GROUP_* rows.
SELECT
    unit, period_kind, period_start, period_end, rules_version, in_force, group_code,
    sum(ifNull(points_centi, 0)) AS group_centi,
    group_centi / 100 AS group_points
FROM ${db}.indicator_scores
GROUP BY unit, period_kind, period_start, period_end, rules_version, in_force, group_code
