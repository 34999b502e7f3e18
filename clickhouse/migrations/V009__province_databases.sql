-- The province databases made from this one (./ioc province), so that ./ioc migrate brings each up to date with it:
-- their tables follow this database's tables, and they get the same views (vn.ioc.clickhouse.ProvinceAccess).
--   registry_province  the province's code in the registries' address fields (MaTinh, e.g. 52 for Bình Định), or ''
--                      when its database keeps no registry rows
CREATE TABLE IF NOT EXISTS ${db}.province_databases
(
    database String,
    province String,
    registry_province String,
    registered_at DateTime DEFAULT now()
)
ENGINE = ReplacingMergeTree(registered_at)
ORDER BY database;
