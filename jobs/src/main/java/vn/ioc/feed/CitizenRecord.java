package vn.ioc.feed;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/** Population-database change record, keyed by the 12-digit citizen id. Name and birth date are not kept. */
@JsonIgnoreProperties(ignoreUnknown = true)
public class CitizenRecord {
    @JsonProperty("SoDinhDanh") public String soDinhDanh;
    @JsonProperty("SoCMND") public String soCMND;
    @JsonProperty("NamSinh") public Integer namSinh;
    @JsonProperty("GioiTinh") public Integer gioiTinh;
    @JsonProperty("MaTinh") public String maTinh;
    @JsonProperty("MaXa") public String maXa;
    /** 1 living, 2 deceased, 3 id revoked. */
    @JsonProperty("TrangThai") public Integer trangThai;
    @JsonProperty("ThoiDiemCapNhat") public String thoiDiemCapNhat;
    /** 1 initial snapshot, 2 insert, 3 update, 4 delete. */
    @JsonProperty("LoaiThayDoi") public Integer loaiThayDoi;
}
