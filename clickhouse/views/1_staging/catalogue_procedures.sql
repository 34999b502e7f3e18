-- The latest version of every procedure of the catalogue (LayThuTuc), with the applicant kinds decoded
-- (DOITUONGTHUCHIEN, the codes of LoaiDoiTuong): serves_citizens when citizens (1) may apply. The catalogue, not the
-- dossiers, says which procedures serve citizens (docs/indicators.md, edge case 3).
SELECT *, toUInt8(has(applicant_types, 1)) AS serves_citizens
FROM ${db}.procedures FINAL
