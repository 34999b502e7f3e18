-- name: paid_online_by_level
-- question: Of the dossiers that carry a fee, how many were paid online, per level and payment gateway?
-- columns: level_name, fee_bearing_dossiers, paid_via_dvcqg, paid_via_province, paid_online_pct, fees_vnd
SELECT
    level_name,
    sum(n_fee_bearing) AS fee_bearing_dossiers,
    sum(n_paid_via_dvcqg) AS paid_via_dvcqg,
    sum(n_paid_via_province) AS paid_via_province,
    round(100 * sum(n_paid_online) / sum(n_fee_bearing), 2) AS paid_online_pct,
    sum(n_fees_vnd) AS fees_vnd
FROM dossier_counts
GROUP BY level_name
ORDER BY level_name
