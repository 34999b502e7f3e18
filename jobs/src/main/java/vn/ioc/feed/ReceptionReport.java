package vn.ioc.feed;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The one-stop system's own count of dossiers a unit received on a day (the national reporting count): the
 * denominator of DOSSIER_SYNC, against which the dossiers actually synced are measured. A later report for the
 * same unit and day replaces an earlier one.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public class ReceptionReport {
    @JsonProperty("MaDonVi") public String maDonVi;
    /** yyyyMMdd. */
    @JsonProperty("Ngay") public String ngay;
    @JsonProperty("SoHoSoTiepNhan") public Integer soHoSoTiepNhan;
    @JsonProperty("ThoiDiemBaoCao") public String thoiDiemBaoCao;
}
