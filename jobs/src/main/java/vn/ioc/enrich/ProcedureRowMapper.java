package vn.ioc.enrich;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.ioc.feed.Procedure;
import vn.ioc.parse.InvalidRecordException;
import vn.ioc.parse.RecordMapper;
import vn.ioc.parse.Require;

/** Flattens a LayThuTuc procedure into the facts the measures need: fees, online offer, replaceable documents. */
public final class ProcedureRowMapper implements RecordMapper<Procedure, ProcedureRow> {
    private static final long serialVersionUID = 1L;

    @Override
    public ProcedureRow map(Procedure p) throws InvalidRecordException {
        ProcedureRow r = new ProcedureRow();
        r.code = Require.text("MATTHC", p.maTTHC);
        r.name = Require.orEmpty(p.tenTTHC);
        r.levels = Require.uint8s("CAPTHUCHIEN", p.capThucHien);
        r.applicantTypes = Require.uint8s("DOITUONGTHUCHIEN", p.doiTuongThucHien);
        Procedure.Field field = p.linhVucThucHien == null || p.linhVucThucHien.isEmpty()
                ? null : p.linhVucThucHien.get(0);
        r.fieldCode = field == null ? "" : Require.orEmpty(field.maLinhVuc);
        r.fieldName = field == null ? "" : Require.orEmpty(field.tenLinhVuc);
        if (p.cachThucThucHien != null) {
            for (Procedure.Channel ch : p.cachThucThucHien) {
                if (ch == null) {
                    continue;
                }
                r.onlineOffered |= ch.kenh != null && ch.kenh == 2;
                if (ch.thoiGian == null) {
                    continue;
                }
                for (Procedure.Duration d : ch.thoiGian) {
                    if (d == null) {
                        continue;
                    }
                    if (d.thoiGianGiaiQuyet != null && (r.durationDays == null || d.thoiGianGiaiQuyet > r.durationDays)) {
                        r.durationDays = d.thoiGianGiaiQuyet;
                    }
                    if (d.phiLePhi != null) {
                        for (Procedure.FeeRate fee : d.phiLePhi) {
                            r.feeBearing |= fee != null && fee.soTien != null && fee.soTien > 0;
                        }
                    }
                }
            }
        }
        if (p.thanhPhanHoSo != null) {
            for (Procedure.ComponentSet set : p.thanhPhanHoSo) {
                if (set == null || set.giayTo == null) {
                    continue;
                }
                for (Procedure.Document doc : set.giayTo) {
                    if (doc == null) {
                        continue;
                    }
                    r.documents++;
                    if (!Require.orEmpty(doc.maKqThayThe).isEmpty() || !Require.orEmpty(doc.maCsdlThayThe).isEmpty()) {
                        r.replaceableDocuments++;
                    }
                }
            }
        }
        List<String> results = new ArrayList<>();
        if (p.ketQuaThucHien != null) {
            for (Procedure.Outcome o : p.ketQuaThucHien) {
                if (o != null && o.maKetQua != null && !o.maKetQua.isBlank()) {
                    results.add(o.maKetQua.strip());
                }
            }
        }
        r.resultCodes = results.toArray(new String[0]);
        Map<String, String> replacements = ProcedureCatalogue.replacements(p);
        r.replacedDocuments = replacements.keySet().toArray(new String[0]);
        r.replacedBy = replacements.values().toArray(new String[0]);
        Require.count("THANHPHANHOSO", r.documents, Require.MAX_UINT16);
        return r;
    }
}
