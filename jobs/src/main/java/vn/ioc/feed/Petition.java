package vn.ioc.feed;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A citizen's feedback on a unit, as the PAKN system (phản ánh, kiến nghị) and the reception rating of the one-stop
 * desk publish it: a petition with a handling deadline and the petitioner's verdict, or a rating of how a dossier
 * was received. Each message is the petition's full current state; the latest {@code ThoiDiemCapNhat} wins.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public class Petition {
    /** {@link Codes#PETITION_PAKN} or {@link Codes#PETITION_RATING}. */
    @JsonProperty("Loai") public Integer loai;
    @JsonProperty("MaPAKN") public String maPAKN;
    @JsonProperty("MaDonVi") public String maDonVi;
    /** The dossier the petition or rating concerns, when it concerns one. */
    @JsonProperty("MaHoSo") public String maHoSo;
    @JsonProperty("NgayTiepNhan") public String ngayTiepNhan;
    @JsonProperty("HanXuLy") public String hanXuLy;
    @JsonProperty("NgayXuLy") public String ngayXuLy;
    /** The petitioner's verdict on the handling: 1 satisfied, 0 not; absent until handled and judged. */
    @JsonProperty("HaiLong") public Integer haiLong;
    /** A rating's level: 1 very satisfied, 2 satisfied, 3 dissatisfied. */
    @JsonProperty("MucDoHaiLong") public Integer mucDoHaiLong;
    @JsonProperty("ThoiDiemCapNhat") public String thoiDiemCapNhat;
}
