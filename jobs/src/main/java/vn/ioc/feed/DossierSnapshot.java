package vn.ioc.feed;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * One message of the one-stop system's dossier sync to DVCQG (service DongBoHoSoMC): a full snapshot of one
 * dossier. Fields the system must not keep (applicant name, phone, e-mail, address) are deliberately absent,
 * so they are dropped by the parser and can never reach a sink.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public class DossierSnapshot {
    @JsonProperty("MaHoSo") public String maHoSo;
    @JsonProperty("MaTTHC") public String maTTHC;
    @JsonProperty("TenTTHC") public String tenTTHC;
    @JsonProperty("MaLinhVuc") public String maLinhVuc;
    @JsonProperty("TenLinhVuc") public String tenLinhVuc;
    @JsonProperty("KenhThucHien") public Integer kenhThucHien;
    @JsonProperty("SoGiayToChuHoSo") public String soGiayToChuHoSo;
    @JsonProperty("LoaiDoiTuong") public Integer loaiDoiTuong;
    @JsonProperty("DinhDanhCHS") public List<Identifier> dinhDanhCHS;
    @JsonProperty("MaDoiTuong") public String maDoiTuong;
    @JsonProperty("NgayNopHoSo") public String ngayNopHoSo;
    @JsonProperty("NgayTiepNhan") public String ngayTiepNhan;
    @JsonProperty("NgayHenTra") public String ngayHenTra;
    @JsonProperty("NgayKetThucXuLy") public String ngayKetThucXuLy;
    @JsonProperty("NgayTra") public String ngayTra;
    @JsonProperty("NgayTuChoi") public String ngayTuChoi;
    @JsonProperty("TrangThaiHoSo") public Integer trangThaiHoSo;
    @JsonProperty("DonViXuLy") public String donViXuLy;
    @JsonProperty("HoSoCoThanhPhanSoHoa") public Integer hoSoCoThanhPhanSoHoa;
    @JsonProperty("TaiKhoanDuocXacThucVoiVNeID") public Integer taiKhoanDuocXacThucVoiVNeID;
    @JsonProperty("DuocThanhToanTrucTuyen") public Integer duocThanhToanTrucTuyen;
    @JsonProperty("DSKetNoiCSDL") public List<DatabaseLink> dsKetNoiCSDL;
    @JsonProperty("TaiLieuNop") public List<Component> taiLieuNop;
    @JsonProperty("DanhSachLePhi") public List<Fee> danhSachLePhi;
    @JsonProperty("DanhSachGiayToKetQua") public List<Result> danhSachGiayToKetQua;
    @JsonProperty("DanhSachHoSoBoSung") public List<Supplement> danhSachHoSoBoSung;
    @JsonProperty("isUpdating") public Boolean isUpdating;

    @JsonIgnoreProperties(ignoreUnknown = true)
    public static class Identifier {
        @JsonProperty("LoaiDinhDanh") public Integer loaiDinhDanh;
        @JsonProperty("SoDinhDanh") public String soDinhDanh;
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public static class DatabaseLink {
        @JsonProperty("MaCSDL") public String maCSDL;
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public static class Component {
        @JsonProperty("TepDinhKemId") public String tepDinhKemId;
        @JsonProperty("TenTepDinhKem") public String tenTepDinhKem;
        @JsonProperty("IsDeleted") public Boolean isDeleted;
        @JsonProperty("MaThanhPhanHoSo") public String maThanhPhanHoSo;
        @JsonProperty("DuongDanTaiTepTin") public String duongDanTaiTepTin;
        @JsonProperty("DuocSoHoa") public Integer duocSoHoa;
        @JsonProperty("DuocTaiSuDung") public Integer duocTaiSuDung;
        @JsonProperty("DuocLayTuKhoDMQG") public Integer duocLayTuKhoDMQG;
        @JsonProperty("MaKetQuaThayThe") public String maKetQuaThayThe;
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public static class Fee {
        @JsonProperty("TenPhiLePhi") public String tenPhiLePhi;
        @JsonProperty("MaPhiLePhi") public String maPhiLePhi;
        @JsonProperty("HinhThucThu") public Integer hinhThucThu;
        @JsonProperty("Gia") public Long gia;
        @JsonProperty("LoaiPhiLePhi") public Integer loaiPhiLePhi;
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public static class Result {
        @JsonProperty("TenGiayTo") public String tenGiayTo;
        @JsonProperty("GiayToId") public String giayToId;
        @JsonProperty("DuongDanTepTinKetQua") public String duongDanTepTinKetQua;
        @JsonProperty("MaGiayToKetQua") public String maGiayToKetQua;
    }

    /** A supplement request: the dossier is paused and, once supplemented, gets a new due date. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public static class Supplement {
        @JsonProperty("NgayYeuCau") public String ngayYeuCau;
        @JsonProperty("NgayNopBoSung") public String ngayNopBoSung;
        @JsonProperty("NgayHenTraMoi") public String ngayHenTraMoi;
        @JsonProperty("LyDo") public String lyDo;
    }
}
