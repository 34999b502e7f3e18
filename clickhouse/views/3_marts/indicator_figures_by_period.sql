-- Every unit's figures per month, quarter and year: for each indicator, n (numerator) and d (denominator) over the
-- unit's agencies (view unit_agencies: the units below it and those it replaced), exactly as ./ioc scorecard reads
-- them for such a period (vn.ioc.score.IndicatorFigures): whole months at the month grain plus the other feeds' rows,
-- and for the indicators that count procedures (per_procedure) the distinct procedures with n > 0 (and d > 0) over
-- the unit and the period. A unit has a row for the indicators it has inputs for; indicator_scores adds the others.
SELECT
    unit,
    period_kind,
    period_start,
    period_end,
    indicator,
    if(max(per_procedure) = 1, uniqExactIf(procedure_code, per_procedure = 1 AND numerator > 0), sum(numerator)) AS n,
    if(max(per_procedure) = 1, uniqExactIf(procedure_code, per_procedure = 1 AND denominator > 0), sum(denominator))
        AS d
FROM
(
    SELECT
        agency_code, procedure_code, indicator, per_procedure, numerator, denominator,
        tupleElement(p, 1) AS period_kind,
        tupleElement(p, 2) AS period_start,
        tupleElement(p, 3) AS period_end
    FROM ${db}.indicator_inputs_by_grain
    ARRAY JOIN [
        ('month', toStartOfMonth(day), addDays(addMonths(toStartOfMonth(day), 1), -1)),
        ('quarter', toStartOfQuarter(day), addDays(addMonths(toStartOfQuarter(day), 3), -1)),
        ('year', toStartOfYear(day), addDays(addYears(toStartOfYear(day), 1), -1))
    ] AS p
    WHERE grain != 'day'
)
ALL INNER JOIN (SELECT agency_code, unit FROM ${db}.unit_agencies) USING agency_code
GROUP BY unit, period_kind, period_start, period_end, indicator
