-- The catalogues as a province's one-stop system keeps them in PostgreSQL (the relational store it already runs).
-- Written by `./ioc generate --postgres URL` (vn.ioc.enrich.PostgresCatalogues), read by the jobs through
-- flink-connector-jdbc (sql/staging/catalogues.sql). Lists the jobs only pass through are JSON text.
CREATE TABLE IF NOT EXISTS dvc_agencies
(
    ma_don_vi text PRIMARY KEY,
    ten_don_vi text,
    cap_don_vi integer,
    ma_don_vi_cha text,
    hieu_luc_tu text,
    hieu_luc_den text,
    ma_don_vi_ke_thua text
);

CREATE TABLE IF NOT EXISTS dvc_procedures
(
    ma_tthc text PRIMARY KEY,
    ten_tthc text,
    cap_thuc_hien text,
    doi_tuong_thuc_hien text,
    linh_vuc text,
    cach_thuc text,
    ket_qua text,
    co_quan text
);

-- One row per component a procedure asks for, with what can replace it: what reuse is keyed on.
CREATE TABLE IF NOT EXISTS dvc_procedure_documents
(
    ma_tthc text NOT NULL,
    thu_tu integer NOT NULL,
    ma_giay_to text,
    ten_giay_to text,
    ma_kq_thay_the text,
    ma_csdl_thay_the text,
    PRIMARY KEY (ma_tthc, thu_tu)
);
