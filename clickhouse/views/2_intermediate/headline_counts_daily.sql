-- The counts behind the headline rates (domain.md §8), per province, level of the handling agency and day of
-- submission: the one definition of each measure. Rates for any period and unit are sums over these rows.
--   digitized: a non-deleted component digitized, or the dossier's own flag (HoSoCoThanhPhanSoHoa)
--   e_result: a result with its file (DanhSachGiayToKetQua.DuongDanTepTinKetQua)
--   population_data: citizen applicant (LoaiDoiTuong 1) with a VNeID-verified account or the population MaCSDL
--   reused: a component reused from an earlier component or result (DuocTaiSuDung 1 or 2)
--   online: submitted online (KenhThucHien 2)
--   paid_online: fee-bearing (a fee with Gia > 0) and paid online (DuocThanhToanTrucTuyen 1 or 2)
SELECT
    province_code,
    agency_level AS level,
    any(level_name) AS level_name,
    toDate(submitted_at) AS day,
    count() AS all_dossiers,
    countIf(digitized = 1) AS digitized_dossiers,
    countIf(e_result = 1) AS e_result_dossiers,
    countIf(applicant_kind = 'citizen') AS citizen_dossiers,
    countIf(applicant_kind = 'citizen' AND population_data = 1) AS population_data_dossiers,
    countIf(reused = 1) AS reused_dossiers,
    countIf(channel_name = 'online') AS online_dossiers,
    countIf(fee_bearing = 1) AS fee_bearing_dossiers,
    countIf(fee_bearing = 1 AND paid_online = 1) AS paid_online_dossiers
FROM ${db}.dossiers
GROUP BY province_code, agency_level, day
