-- The latest version of every petition and reception rating (feed petitions), with its codes decoded: is_pakn for a
-- petition (PAKN, kind 1; a rating is kind 2) and dissatisfied for a dissatisfied rating (3). The indicators read
-- these, never the codes (vn.ioc.feed.Codes holds the same values; CodesTest).
SELECT *, toUInt8(kind = 1) AS is_pakn, toUInt8(rating = 3) AS dissatisfied
FROM ${db}.petitions FINAL
