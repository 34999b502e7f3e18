-- Every unit's 766 points per month, quarter and year, as ./ioc scorecard computes them (vn.ioc.score.ScoreRule),
-- under every rule version of score_rules (rules/score-rules.csv, loaded by ./ioc migrate): in_force = 1 marks the
-- version valid at the period's end, the one ./ioc scorecard uses unless --rules names another. Each unit with
-- figures in the period has every indicator of the version, 0 ÷ 0 where it has none (the rule's zero case applies).
--   ratio          n ÷ d, NULL when d = 0
--   points_centi   points × 100: max × n ÷ d (÷ full_at for a threshold rule), rounded half-up to the cent in
--                  integers (exact, as the scorer's decimals), capped at the maximum; for d = 0 the rule's on_zero
--                  (NULL, 0 or the maximum)
--   points         points_centi ÷ 100
-- ELECTRONIC_CERTIFIED_COPY has no input in any feed: 0 ÷ 0 here, and its rule gives no score (NULL), as the scorer.
SELECT
    unit, period_kind, period_start, period_end, rules_version, in_force, indicator, group_code, max_points, n, d,
    if(d = 0, NULL, n / d) AS ratio,
    points_centi,
    points_centi / 100 AS points
FROM
(
    SELECT
        unit, period_kind, period_start, period_end, rules_version, in_force, indicator, group_code,
        max_centi / 100 AS max_points, n, d,
        if(d = 0,
            multiIf(on_zero = 'zero', toNullable(toUInt64(0)), on_zero = 'full', toNullable(max_centi), NULL),
            -- both branches are computed: greatest(d, 1) keeps the unused one from dividing by zero
            toNullable(least(intDiv(2 * max_centi * n * 1000 + d * full_at_milli, 2 * greatest(d, 1) * full_at_milli),
                max_centi)))
            AS points_centi
    FROM
    (
        SELECT unit, period_kind, period_start, period_end, rules_version, indicator, group_code, max_centi,
            full_at_milli, on_zero,
            -- in force at the period's end: the latest version that starts on or before it
            toUInt8(rules_from <= period_end AND arrayAll(s -> s <= rules_from OR s > period_end, every_start))
                AS in_force
        FROM
        (
            SELECT DISTINCT unit, period_kind, period_start, period_end, toUInt8(1) AS one
            FROM ${db}.indicator_figures_by_period
        )
        ALL INNER JOIN
        (
            SELECT
                version AS rules_version, indicator, `group` AS group_code, on_zero, toUInt8(1) AS one,
                toUInt64(round(toFloat64(max_points) * 100)) AS max_centi,
                if(kind = 'threshold', toUInt64(round(toFloat64OrZero(full_at) * 1000)), toUInt64(1000)) AS full_at_milli,
                valid_from AS rules_from,
                (SELECT groupArray(valid_from) FROM (SELECT DISTINCT valid_from FROM ${db}.score_rules FINAL))
                    AS every_start
            FROM ${db}.score_rules FINAL
        ) USING one
    )
    ALL LEFT JOIN
    (
        SELECT unit, period_kind, period_start, indicator, n, d FROM ${db}.indicator_figures_by_period
    ) USING unit, period_kind, period_start, indicator
)
