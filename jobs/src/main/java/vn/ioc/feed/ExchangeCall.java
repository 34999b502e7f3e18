package vn.ioc.feed;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One call through LGSP/NDXP to a national database, as the platform logs it. The request also carries the
 * subject's name and birth date (HoVaTen, NgayThangNamSinh); they are not modelled, so they are never kept.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public class ExchangeCall {
    @JsonProperty("MaYeuCau") public String maYeuCau;
    @JsonProperty("MaHoSo") public String maHoSo;
    @JsonProperty("MaCSDL") public String maCSDL;
    @JsonProperty("MaAPI") public String maAPI;
    @JsonProperty("MaDVC") public String maDVC;
    @JsonProperty("MaTichHop") public String maTichHop;
    @JsonProperty("MaDonVi") public String maDonVi;
    @JsonProperty("MaCanBo") public String maCanBo;
    @JsonProperty("SoDinhDanh") public String soDinhDanh;
    @JsonProperty("ThoiDiemGoi") public String thoiDiemGoi;
    /** 1 matched, 2 not matched, 3 not found, 4 error. */
    @JsonProperty("KetQua") public Integer ketQua;
    @JsonProperty("ThoiGianPhanHoiMs") public Integer thoiGianPhanHoiMs;
}
