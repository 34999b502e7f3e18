-- Every unit's 766 total and band per month, quarter and year and rule version (view group_scores; in_force = 1 the
-- version valid at the period's end), as ./ioc scorecard's TOTAL and BAND rows: the sum of the six groups, banded as
-- seed 000 (vn.ioc.score.Band): 90–100 excellent, 80–<90 good, 70–<80 fair, 50–<70 average, <50 weak.
SELECT
    unit, period_kind, period_start, period_end, rules_version, in_force,
    sum(group_centi) AS total_centi,
    total_centi / 100 AS total,
    multiIf(total_centi >= 9000, 'excellent', total_centi >= 8000, 'good', total_centi >= 7000, 'fair',
        total_centi >= 5000, 'average', 'weak') AS band
FROM ${db}.group_scores
GROUP BY unit, period_kind, period_start, period_end, rules_version, in_force
