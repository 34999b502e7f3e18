package vn.ioc.feed;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/** Social/health-insurance change record, keyed by the 10-digit social-insurance code. */
@JsonIgnoreProperties(ignoreUnknown = true)
public class InsuranceRecord {
    @JsonProperty("MaSoBHXH") public String maSoBHXH;
    @JsonProperty("SoDinhDanh") public String soDinhDanh;
    @JsonProperty("NgayHieuLuc") public String ngayHieuLuc;
    @JsonProperty("NgayHetHan") public String ngayHetHan;
    /** 1 active, 2 suspended, 3 terminated. */
    @JsonProperty("TrangThai") public Integer trangThai;
    @JsonProperty("MaTinh") public String maTinh;
    @JsonProperty("MaXa") public String maXa;
    @JsonProperty("ThoiDiemCapNhat") public String thoiDiemCapNhat;
    @JsonProperty("LoaiThayDoi") public Integer loaiThayDoi;
}
