-- name: paid_online_by_level
-- question: Of the dossiers that carry a fee, how many were paid online, per level and payment gateway?
-- columns: level_name, fee_bearing_dossiers, paid_via_dvcqg, paid_via_province, paid_online_pct, fees_vnd
SELECT
    level_name,
    countIf(fee_bearing = 1) AS fee_bearing_dossiers,
    countIf(fee_bearing = 1 AND payment_channel = 1) AS paid_via_dvcqg,
    countIf(fee_bearing = 1 AND payment_channel = 2) AS paid_via_province,
    round(100 * countIf(fee_bearing = 1 AND paid_online = 1) / countIf(fee_bearing = 1), 2) AS paid_online_pct,
    sum(fee_amount) AS fees_vnd
FROM dossiers
GROUP BY level_name
ORDER BY level_name
