package vn.ioc.generate;

import com.fasterxml.jackson.annotation.JsonProperty;
import vn.ioc.feed.CitizenRecord;
import vn.ioc.feed.DossierSnapshot;
import vn.ioc.feed.ExchangeCall;

/**
 * The personal fields real feeds carry beside what the pipeline models: names, phones, e-mails, birth dates. The
 * generator writes them so that tests can prove the pipeline drops them.
 */
final class PersonalFields {
    private PersonalFields() {}

    static final class Snapshot extends DossierSnapshot {
        @JsonProperty("ChuHoSo") public String chuHoSo;
        @JsonProperty("SoDienThoaiChuHoSo") public String soDienThoai;
        @JsonProperty("EmailChuHoSo") public String email;
    }

    static final class Call extends ExchangeCall {
        @JsonProperty("HoVaTen") public String hoVaTen;
        @JsonProperty("NgayThangNamSinh") public String ngayThangNamSinh;
    }

    static final class Citizen extends CitizenRecord {
        @JsonProperty("HoVaTen") public String hoVaTen;
        @JsonProperty("NgayThangNamSinh") public String ngayThangNamSinh;
    }
}
