package vn.ioc.enrich;

import java.util.Set;
import vn.ioc.feed.CitizenRecord;
import vn.ioc.feed.EnterpriseRecord;
import vn.ioc.feed.InsuranceRecord;
import vn.ioc.parse.InvalidRecordException;
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

    private RegistryRowMappers() {}

    public static RecordMapper<CitizenRecord, RegistryRow> population(Pseudonymizer p) {
        return r -> {
            RegistryRow row = base("population", p.pseudonymize(Require.text("SoDinhDanh", r.soDinhDanh)),
                    r.thoiDiemCapNhat, r.loaiThayDoi);
            row.linkedRef = p.pseudonymize(r.soCMND);
            row.status = r.trangThai == null ? 0 : r.trangThai;
            row.since = r.namSinh == null ? 0 : r.namSinh;
            row.province = Require.orEmpty(r.maTinh);
            row.commune = Require.orEmpty(r.maXa);
            return row;
        };
    }

    public static RecordMapper<EnterpriseRecord, RegistryRow> businessRegistry(Pseudonymizer p) {
        return r -> {
            RegistryRow row = base("business-registry", p.pseudonymize(Require.text("MaSoDoanhNghiep",
                    r.maSoDoanhNghiep)), r.thoiDiemCapNhat, r.loaiThayDoi);
            row.linkedRef = "";
            row.status = Require.code("TrangThaiHoatDong", r.trangThaiHoatDong, OPERATING_STATUSES);
            Long founded = Timestamps.optionalDate("NgayThanhLap", r.ngayThanhLap);
            row.since = founded == null ? 0 : founded;
            row.province = Require.orEmpty(r.maTinh);
            row.commune = Require.orEmpty(r.maXa);
            return row;
        };
    }

    public static RecordMapper<InsuranceRecord, RegistryRow> insurance(Pseudonymizer p) {
        return r -> {
            RegistryRow row = base("insurance", p.pseudonymize(Require.text("MaSoBHXH", r.maSoBHXH)),
                    r.thoiDiemCapNhat, r.loaiThayDoi);
            row.linkedRef = p.pseudonymize(r.soDinhDanh);
            row.status = r.trangThai == null ? 0 : r.trangThai;
            Long expires = Timestamps.optionalDate("NgayHetHan", r.ngayHetHan);
            row.since = expires == null ? 0 : expires;
            row.province = Require.orEmpty(r.maTinh);
            row.commune = Require.orEmpty(r.maXa);
            return row;
        };
    }

    private static RegistryRow base(String registry, String keyRef, String updated, Integer change)
            throws InvalidRecordException {
        RegistryRow row = new RegistryRow();
        row.registry = registry;
        row.keyRef = keyRef;
        row.updatedAt = Timestamps.required("ThoiDiemCapNhat", updated);
        row.deleted = Require.code("LoaiThayDoi", change, CHANGES) == DELETE;
        return row;
    }
}
