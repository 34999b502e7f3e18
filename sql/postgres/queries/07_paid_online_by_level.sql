-- name: paid_online_by_level
SELECT level_name, count(*) FILTER (WHERE fee_bearing = 1) AS fee_bearing_dossiers,
    count(*) FILTER (WHERE fee_bearing = 1 AND payment_channel = 1) AS paid_via_dvcqg,
    count(*) FILTER (WHERE fee_bearing = 1 AND payment_channel = 2) AS paid_via_province,
    round(100.0 * count(*) FILTER (WHERE fee_bearing = 1 AND paid_online = 1)
        / nullif(count(*) FILTER (WHERE fee_bearing = 1), 0), 2) AS paid_online_pct,
    sum(fee_amount) AS fees_vnd
FROM dossiers
GROUP BY level_name
ORDER BY level_name
