package vn.ioc.feed;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/** One entry of the processing log (service CapNhatTienDoHoSoMC): one step of one dossier by one officer. */
@JsonIgnoreProperties(ignoreUnknown = true)
public class ProcessingStep {
    @JsonProperty("MaHoSo") public String maHoSo;
    @JsonProperty("DonViXuLy") public String donViXuLy;
    @JsonProperty("NguoiXuLy") public String nguoiXuLy;
    @JsonProperty("ChucDanh") public String chucDanh;
    @JsonProperty("PhongBanXuLy") public String phongBanXuLy;
    @JsonProperty("ThoiDiemXuLy") public String thoiDiemXuLy;
    @JsonProperty("NoiDungXuLy") public String noiDungXuLy;
    @JsonProperty("TrangThai") public Integer trangThai;
    @JsonProperty("NgayBatDau") public String ngayBatDau;
    @JsonProperty("NgayKetThucTheoQuyDinh") public String ngayKetThucTheoQuyDinh;
}
