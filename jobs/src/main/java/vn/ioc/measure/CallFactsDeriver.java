package vn.ioc.measure;

import java.util.Set;
import vn.ioc.enrich.AgencyDirectory;
import vn.ioc.feed.ExchangeCall;
import vn.ioc.parse.InvalidRecordException;
import vn.ioc.parse.RecordMapper;
import vn.ioc.parse.RejectReason;
import vn.ioc.parse.Require;
import vn.ioc.parse.Timestamps;
import vn.ioc.privacy.Pseudonymizer;

/** Validates an exchange-log record; the subject's identifier is pseudonymized like the dossiers' applicants. */
public final class CallFactsDeriver implements RecordMapper<ExchangeCall, CallFacts> {
    private static final long serialVersionUID = 1L;
    private static final Set<Integer> OUTCOMES = Set.of(1, 2, 3, 4);

    private final AgencyDirectory agencies;
    private final Pseudonymizer pseudonymizer;

    public CallFactsDeriver(AgencyDirectory agencies, Pseudonymizer pseudonymizer) {
        this.agencies = agencies;
        this.pseudonymizer = pseudonymizer;
    }

    @Override
    public CallFacts map(ExchangeCall c) throws InvalidRecordException {
        CallFacts f = new CallFacts();
        f.callId = Require.text("MaYeuCau", c.maYeuCau);
        f.database = Require.text("MaCSDL", c.maCSDL);
        f.calledAt = Timestamps.required("ThoiDiemGoi", c.thoiDiemGoi);
        f.outcome = Require.code("KetQua", c.ketQua, OUTCOMES);
        if (c.thoiGianPhanHoiMs != null && c.thoiGianPhanHoiMs < 0) {
            throw new InvalidRecordException(RejectReason.INVALID_VALUE, "ThoiGianPhanHoiMs is negative");
        }
        f.latencyMs = c.thoiGianPhanHoiMs == null ? 0 : c.thoiGianPhanHoiMs;
        f.dossierId = Require.orEmpty(c.maHoSo);
        f.api = Require.orEmpty(c.maAPI);
        f.service = Require.orEmpty(c.maDVC);
        f.platform = Require.orEmpty(c.maTichHop);
        f.callerAgency = Require.orEmpty(c.maDonVi);
        enrich(f, agencies);
        f.officer = Require.orEmpty(c.maCanBo);
        f.subjectRef = pseudonymizer.pseudonymize(c.soDinhDanh);
        return f;
    }

    /** Sets the province of the calling agency from the catalogue; says whether it changed. */
    public static boolean enrich(CallFacts f, AgencyDirectory agencies) {
        String province = agencies.province(f.callerAgency);
        boolean changed = !province.equals(f.provinceCode);
        f.provinceCode = province;
        return changed;
    }
}
