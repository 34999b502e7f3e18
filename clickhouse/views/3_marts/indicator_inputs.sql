-- The numerator and denominator of every 766 indicator per day, agency and procedure (defined in
-- indicator_inputs_by_grain): the day grain, which any period can sum without counting a dossier twice.
SELECT day, agency_code, procedure_code, indicator, per_procedure, numerator, denominator
FROM ${db}.indicator_inputs_by_grain
WHERE grain != 'month'
