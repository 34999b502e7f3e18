package vn.ioc.measure;

import vn.ioc.enrich.AgencyDirectory;
import vn.ioc.feed.Codes;
import vn.ioc.feed.ProcessingStep;
import vn.ioc.parse.InvalidRecordException;
import vn.ioc.parse.RecordMapper;
import vn.ioc.parse.Require;
import vn.ioc.parse.Timestamps;
import vn.ioc.privacy.NoteScrubber;

/**
 * Validates a processing-log entry and decides whether the step was late: done after its own deadline. This is
 * what names the officer who held a dossier when it went late, so the officer and the time are required.
 */
public final class StepFactsDeriver implements RecordMapper<ProcessingStep, StepFacts> {
    private static final long serialVersionUID = 1L;

    private final AgencyDirectory agencies;

    public StepFactsDeriver(AgencyDirectory agencies) {
        this.agencies = agencies;
    }

    @Override
    public StepFacts map(ProcessingStep p) throws InvalidRecordException {
        StepFacts f = new StepFacts();
        f.dossierId = Require.text("MaHoSo", p.maHoSo);
        f.officer = Require.text("NguoiXuLy", p.nguoiXuLy);
        f.stepAt = Timestamps.required("ThoiDiemXuLy", p.thoiDiemXuLy);
        f.agencyCode = Require.orEmpty(p.donViXuLy);
        enrich(f, agencies);
        f.title = Require.orEmpty(p.chucDanh);
        f.unit = Require.orEmpty(p.phongBanXuLy);
        // free text an officer typed: stored only after names, ids, phones, dates and e-mails are taken out
        f.content = NoteScrubber.scrub(Require.orEmpty(p.noiDungXuLy));
        // part of the step's identity (the table's key), so an impossible status rejects the step, not just the field
        f.status = p.trangThai == null ? 0 : Require.code("TrangThai", p.trangThai, Codes.DOSSIER_STATUSES);
        f.startedAt = Timestamps.optional("NgayBatDau", p.ngayBatDau);
        f.deadline = Timestamps.optional("NgayKetThucTheoQuyDinh", p.ngayKetThucTheoQuyDinh);
        if (f.deadline != null && f.stepAt > f.deadline) {
            f.late = true;
            f.lateHours = Math.round((f.stepAt - f.deadline) / 36.0) / 100.0;
        }
        return f;
    }

    /** Sets the province of the step's agency from the catalogue; says whether it changed. */
    public static boolean enrich(StepFacts f, AgencyDirectory agencies) {
        String province = agencies.province(f.agencyCode);
        boolean changed = !province.equals(f.provinceCode);
        f.provinceCode = province;
        return changed;
    }
}
