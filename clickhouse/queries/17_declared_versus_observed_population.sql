-- name: declared_versus_observed_population
-- question: Per unit, how many dossiers declare the population database, how many were observed calling it, and how many declare without any call?
-- columns: agency_code, declared, observed, declared_without_call, called_without_declaration
SELECT
    agency_code,
    sum(n_declared) AS declared,
    sum(n_observed) AS observed,
    sum(n_declared_without_call) AS declared_without_call,
    sum(n_called_without_declaration) AS called_without_declaration
FROM population_declared_and_called
GROUP BY agency_code
ORDER BY declared_without_call DESC, agency_code
