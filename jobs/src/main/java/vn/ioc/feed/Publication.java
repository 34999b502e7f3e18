package vn.ioc.feed;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One procedure published by a unit's decision and made public in the national procedure database, with the
 * deadlines for both: the inputs of the transparency indicators. Keyed by decision and procedure; the latest
 * {@code ThoiDiemCapNhat} wins.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public class Publication {
    @JsonProperty("SoQuyetDinh") public String soQuyetDinh;
    @JsonProperty("MaTTHC") public String maTTHC;
    @JsonProperty("MaDonVi") public String maDonVi;
    @JsonProperty("HanCongBo") public String hanCongBo;
    @JsonProperty("NgayCongBo") public String ngayCongBo;
    @JsonProperty("HanCongKhai") public String hanCongKhai;
    @JsonProperty("NgayCongKhai") public String ngayCongKhai;
    /** 1 when the published procedure carries every required part (components, fees, time, forms). */
    @JsonProperty("DayDuNoiDung") public Integer dayDuNoiDung;
    @JsonProperty("ThoiDiemCapNhat") public String thoiDiemCapNhat;
}
