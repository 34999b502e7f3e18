package vn.ioc.feed;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Agency catalogue entry (codes per Decision 20/2020/QĐ-TTg). Validity and successor carry the 2025 reform:
 * an abolished or merged unit ends at HieuLucDen and names the unit that took over its dossiers.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public class Agency {
    @JsonProperty("MaDonVi") public String maDonVi;
    @JsonProperty("TenDonVi") public String tenDonVi;
    /** 1 provincial (the province and its departments), 2 district, 3 commune. */
    @JsonProperty("CapDonVi") public Integer capDonVi;
    @JsonProperty("MaDonViCha") public String maDonViCha;
    /** yyyyMMdd, inclusive. */
    @JsonProperty("HieuLucTu") public String hieuLucTu;
    /** yyyyMMdd, inclusive; absent while the unit exists. */
    @JsonProperty("HieuLucDen") public String hieuLucDen;
    @JsonProperty("MaDonViKeThua") public String maDonViKeThua;
}
