package vn.ioc.feed;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/** Business-registration change record, keyed by the enterprise code (= tax code, 10 digits or 13 for branches). */
@JsonIgnoreProperties(ignoreUnknown = true)
public class EnterpriseRecord {
    @JsonProperty("MaSoDoanhNghiep") public String maSoDoanhNghiep;
    @JsonProperty("TenDoanhNghiep") public String tenDoanhNghiep;
    @JsonProperty("LoaiHinh") public String loaiHinh;
    /** 1 operating, 2 suspended, 3 dissolving, 4 closed. */
    @JsonProperty("TrangThaiHoatDong") public Integer trangThaiHoatDong;
    @JsonProperty("NgayThanhLap") public String ngayThanhLap;
    @JsonProperty("MaTinh") public String maTinh;
    @JsonProperty("MaXa") public String maXa;
    @JsonProperty("ThoiDiemCapNhat") public String thoiDiemCapNhat;
    @JsonProperty("LoaiThayDoi") public Integer loaiThayDoi;
}
