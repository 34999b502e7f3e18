package vn.ioc.enrich;

import java.util.Set;
import vn.ioc.feed.Agency;
import vn.ioc.parse.InvalidRecordException;
import vn.ioc.parse.RecordMapper;
import vn.ioc.parse.RejectReason;
import vn.ioc.parse.Require;
import vn.ioc.parse.Timestamps;

/** Validates an agency catalogue entry and resolves its rollups against the whole catalogue. */
public final class AgencyRowMapper implements RecordMapper<Agency, AgencyRow> {
    private static final long serialVersionUID = 1L;
    private static final Set<Integer> LEVELS = Set.of(1, 2, 3);

    private final AgencyDirectory directory;

    public AgencyRowMapper(AgencyDirectory directory) {
        this.directory = directory;
    }

    @Override
    public AgencyRow map(Agency a) throws InvalidRecordException {
        AgencyRow r = new AgencyRow();
        r.code = Require.text("MaDonVi", a.maDonVi);
        r.name = Require.orEmpty(a.tenDonVi);
        r.level = Require.code("CapDonVi", a.capDonVi, LEVELS);
        r.parentCode = Require.orEmpty(a.maDonViCha);
        Long from = Timestamps.optionalDate("HieuLucTu", a.hieuLucTu);
        if (from == null) {
            throw new InvalidRecordException(RejectReason.MISSING_FIELD, "HieuLucTu is missing");
        }
        r.validFromDay = from;
        r.validToDay = Timestamps.optionalDate("HieuLucDen", a.hieuLucDen);
        if (r.validToDay != null && r.validToDay < r.validFromDay) {
            throw new InvalidRecordException(RejectReason.INVALID_VALUE, "HieuLucDen is before HieuLucTu");
        }
        r.successorCode = Require.orEmpty(a.maDonViKeThua);
        resolve(r, directory);
        return r;
    }

    /**
     * Sets what the row owes to the rest of the catalogue (province, current successor, rollups) from
     * {@code directory}; says whether any of it changed.
     */
    public static boolean resolve(AgencyRow r, AgencyDirectory directory) {
        String successor = directory.currentSuccessor(r.code);
        String province = directory.province(r.code);
        String[] rollups = directory.rollupUnits(r.code);
        boolean changed = !successor.equals(r.currentSuccessorCode) || !province.equals(r.provinceCode)
                || !java.util.Arrays.equals(rollups, r.rollupUnits);
        r.currentSuccessorCode = successor;
        r.provinceCode = province;
        r.rollupUnits = rollups;
        return changed;
    }
}
