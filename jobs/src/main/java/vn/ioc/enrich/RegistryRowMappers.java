package vn.ioc.enrich;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import vn.ioc.feed.CitizenRecord;
import vn.ioc.feed.EnterpriseRecord;
import vn.ioc.feed.InsuranceRecord;
import vn.ioc.parse.InvalidRecordException;
import vn.ioc.parse.OptionalField;
import vn.ioc.parse.RecordMapper;
import vn.ioc.parse.Require;
import vn.ioc.parse.Timestamps;
import vn.ioc.privacy.Pseudonymizer;

/**
 * Registry change records into {@link RegistryRow}s. Required: the key, the change time and the change kind, which
 * together say which version of which record this is. Names are not kept: a sole proprietorship's name is a
 * person's name.
 */
public final class RegistryRowMappers {
    private static final Set<Integer> CHANGES = Set.of(1, 2, 3, 4);
    private static final Set<Integer> OPERATING_STATUSES = Set.of(1, 2, 3, 4);
    private static final int DELETE = 4;
    /** The population registry holds the living: nobody was born before 1900. */
    private static final int MIN_BIRTH_YEAR = 1900;
    private static final int MAX_YEAR = 2100;

    private RegistryRowMappers() {}

    public static RecordMapper<CitizenRecord, RegistryRow> population(Pseudonymizer p) {
        return r -> {
            List<String> findings = new ArrayList<>(0);
            RegistryRow row = base("population", p.pseudonymize(Require.text("SoDinhDanh", r.soDinhDanh)),
                    r.thoiDiemCapNhat, r.loaiThayDoi);
            row.linkedRef = p.pseudonymize(r.soCMND);
            row.status = OptionalField.inRange("TrangThai", r.trangThai, 0, Require.MAX_UINT8, findings);
            row.since = OptionalField.inRange("NamSinh", r.namSinh, MIN_BIRTH_YEAR, MAX_YEAR, findings);
            row.province = Require.orEmpty(r.maTinh);
            row.commune = Require.orEmpty(r.maXa);
            row.qualityFlags = findings.toArray(new String[0]);
            return row;
        };
    }

    public static RecordMapper<EnterpriseRecord, RegistryRow> businessRegistry(Pseudonymizer p) {
        return r -> {
            List<String> findings = new ArrayList<>(0);
            RegistryRow row = base("business-registry", p.pseudonymize(Require.text("MaSoDoanhNghiep",
                    r.maSoDoanhNghiep)), r.thoiDiemCapNhat, r.loaiThayDoi);
            row.linkedRef = "";
            row.status = Require.code("TrangThaiHoatDong", r.trangThaiHoatDong, OPERATING_STATUSES);
            Long founded = OptionalField.registryDate("NgayThanhLap", r.ngayThanhLap, findings);
            row.since = founded == null ? 0 : founded;
            row.province = Require.orEmpty(r.maTinh);
            row.commune = Require.orEmpty(r.maXa);
            row.qualityFlags = findings.toArray(new String[0]);
            return row;
        };
    }

    public static RecordMapper<InsuranceRecord, RegistryRow> insurance(Pseudonymizer p) {
        return r -> {
            List<String> findings = new ArrayList<>(0);
            RegistryRow row = base("insurance", p.pseudonymize(Require.text("MaSoBHXH", r.maSoBHXH)),
                    r.thoiDiemCapNhat, r.loaiThayDoi);
            row.linkedRef = p.pseudonymize(r.soDinhDanh);
            row.status = OptionalField.inRange("TrangThai", r.trangThai, 0, Require.MAX_UINT8, findings);
            Long expires = OptionalField.registryDate("NgayHetHan", r.ngayHetHan, findings);
            row.since = expires == null ? 0 : expires;
            row.province = Require.orEmpty(r.maTinh);
            row.commune = Require.orEmpty(r.maXa);
            row.qualityFlags = findings.toArray(new String[0]);
            return row;
        };
    }

    private static RegistryRow base(String registry, String keyRef, String updated, Integer change)
            throws InvalidRecordException {
        RegistryRow row = new RegistryRow();
        row.registry = registry;
        row.keyRef = keyRef;
        // the change time versions the record: a typo'd future one would win over every later change
        row.updatedAt = Timestamps.version("ThoiDiemCapNhat", updated);
        row.deleted = Require.code("LoaiThayDoi", change, CHANGES) == DELETE;
        return row;
    }
}
