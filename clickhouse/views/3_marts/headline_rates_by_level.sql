-- Headline rates per level over all the data.
SELECT
    level,
    any(level_name) AS level_name,
    sum(all_dossiers) AS dossiers,
    round(100 * sum(digitized_dossiers) / sum(all_dossiers), 2) AS digitized_pct,
    round(100 * sum(e_result_dossiers) / sum(all_dossiers), 2) AS e_result_pct,
    round(100 * sum(population_data_dossiers) / sum(citizen_dossiers), 2) AS population_data_pct,
    round(100 * sum(reused_dossiers) / sum(all_dossiers), 2) AS reused_pct,
    round(100 * sum(online_dossiers) / sum(all_dossiers), 2) AS online_pct,
    round(100 * sum(paid_online_dossiers) / sum(fee_bearing_dossiers), 2) AS paid_online_pct
FROM ${db}.headline_counts_daily
GROUP BY level
ORDER BY level
