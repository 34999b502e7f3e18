package vn.ioc.feed;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** Procedure catalogue entry in the shape DVCQG serves it (LayThuTuc). */
@JsonIgnoreProperties(ignoreUnknown = true)
public class Procedure {
    @JsonProperty("MATTHC") public String maTTHC;
    @JsonProperty("TENTTHC") public String tenTTHC;
    /** Levels that carry the procedure out: 1 provincial, 2 district, 3 commune. */
    @JsonProperty("CAPTHUCHIEN") public List<Integer> capThucHien;
    /** Applicant kinds the procedure serves (LoaiDoiTuong codes). */
    @JsonProperty("DOITUONGTHUCHIEN") public List<Integer> doiTuongThucHien;
    @JsonProperty("LINHVUCTHUCHIEN") public List<Field> linhVucThucHien;
    @JsonProperty("CACHTHUCTHUCHIEN") public List<Channel> cachThucThucHien;
    @JsonProperty("THANHPHANHOSO") public List<ComponentSet> thanhPhanHoSo;
    @JsonProperty("KETQUATHUCHIEN") public List<Outcome> ketQuaThucHien;
    @JsonProperty("COQUANTHUCHIEN") public List<Authority> coQuanThucHien;

    @JsonIgnoreProperties(ignoreUnknown = true)
    public static class Field {
        @JsonProperty("MALINHVUC") public String maLinhVuc;
        @JsonProperty("TENLINHVUC") public String tenLinhVuc;
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public static class Channel {
        /** 1 in person, 2 online, 3 postal. */
        @JsonProperty("KENH") public Integer kenh;
        @JsonProperty("THOIGIAN") public List<Duration> thoiGian;
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public static class Duration {
        @JsonProperty("THOIGIANGIAIQUYET") public Double thoiGianGiaiQuyet;
        /** "Ngày làm việc", "Ngày", "Giờ". */
        @JsonProperty("DONVITINH") public String donViTinh;
        @JsonProperty("PHILEPHI") public List<FeeRate> phiLePhi;
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public static class FeeRate {
        @JsonProperty("MAPHILEPHI") public String maPhiLePhi;
        @JsonProperty("SOTIEN") public Long soTien;
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public static class ComponentSet {
        @JsonProperty("GIAYTO") public List<Document> giayTo;
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public static class Document {
        @JsonProperty("MAGIAYTO") public String maGiayTo;
        @JsonProperty("TENGIAYTO") public String tenGiayTo;
        /** Earlier result (KQ.Gnn.nnnnnn) that can replace this component: a reuse opportunity. */
        @JsonProperty("MA_KQ_THAYTHE") public String maKqThayThe;
        /** Our extension: the national database (MaCSDL) whose data can replace this component. */
        @JsonProperty("MA_CSDL_THAYTHE") public String maCsdlThayThe;
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public static class Outcome {
        @JsonProperty("MAKETQUA") public String maKetQua;
        @JsonProperty("TENKETQUA") public String tenKetQua;
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public static class Authority {
        @JsonProperty("MADONVI") public String maDonVi;
        @JsonProperty("TENDONVI") public String tenDonVi;
    }
}
