-- Staging: the one-stop system's catalogue tables in PostgreSQL (sql/postgres/catalogues.sql), read through
-- flink-connector-jdbc. ${url}, ${user} and ${password} are filled in by vn.ioc.enrich.PostgresCatalogues.
CREATE TEMPORARY TABLE stg_agencies
(
    ma_don_vi STRING,
    ten_don_vi STRING,
    cap_don_vi INT,
    ma_don_vi_cha STRING,
    hieu_luc_tu STRING,
    hieu_luc_den STRING,
    ma_don_vi_ke_thua STRING,
    PRIMARY KEY (ma_don_vi) NOT ENFORCED
) WITH ('connector' = 'jdbc', 'url' = '${url}', 'table-name' = 'dvc_agencies', 'username' = '${user}',
        'password' = '${password}');

CREATE TEMPORARY TABLE stg_procedures
(
    ma_tthc STRING,
    ten_tthc STRING,
    cap_thuc_hien STRING,
    doi_tuong_thuc_hien STRING,
    linh_vuc STRING,
    cach_thuc STRING,
    ket_qua STRING,
    co_quan STRING,
    PRIMARY KEY (ma_tthc) NOT ENFORCED
) WITH ('connector' = 'jdbc', 'url' = '${url}', 'table-name' = 'dvc_procedures', 'username' = '${user}',
        'password' = '${password}');

CREATE TEMPORARY TABLE stg_procedure_documents
(
    ma_tthc STRING,
    thu_tu INT,
    ma_giay_to STRING,
    ten_giay_to STRING,
    ma_kq_thay_the STRING,
    ma_csdl_thay_the STRING,
    PRIMARY KEY (ma_tthc, thu_tu) NOT ENFORCED
) WITH ('connector' = 'jdbc', 'url' = '${url}', 'table-name' = 'dvc_procedure_documents', 'username' = '${user}',
        'password' = '${password}');
