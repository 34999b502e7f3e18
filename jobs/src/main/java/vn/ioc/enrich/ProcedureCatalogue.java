package vn.ioc.enrich;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.ioc.feed.Procedure;

/**
 * Which components of each procedure can be replaced instead of submitted on paper: by a national database's data
 * (MA_CSDL_THAYTHE, e.g. CSDLQGDC) or by an earlier result (MA_KQ_THAYTHE). What makes a reuse possible.
 */
public final class ProcedureCatalogue implements Serializable {
    private static final long serialVersionUID = 1L;
    /** The replacement of a component by an earlier result, whatever the result's code. */
    public static final String EARLIER_RESULT = "KQ";

    /** procedure code → document code → database code or {@link #EARLIER_RESULT}. */
    private final Map<String, Map<String, String>> replacements;

    private ProcedureCatalogue(Map<String, Map<String, String>> replacements) {
        this.replacements = replacements;
    }

    public static ProcedureCatalogue of(List<Procedure> procedures) {
        Map<String, Map<String, String>> map = new HashMap<>();
        for (Procedure p : procedures) {
            if (p.maTTHC == null || p.maTTHC.isBlank() || p.thanhPhanHoSo == null) {
                continue;
            }
            Map<String, String> documents = new HashMap<>();
            for (Procedure.ComponentSet set : p.thanhPhanHoSo) {
                if (set == null || set.giayTo == null) {
                    continue;
                }
                for (Procedure.Document d : set.giayTo) {
                    if (d == null || d.maGiayTo == null || d.maGiayTo.isBlank()) {
                        continue;
                    }
                    if (d.maCsdlThayThe != null && !d.maCsdlThayThe.isBlank()) {
                        documents.put(d.maGiayTo.strip(), d.maCsdlThayThe.strip());
                    } else if (d.maKqThayThe != null && !d.maKqThayThe.isBlank()) {
                        documents.put(d.maGiayTo.strip(), EARLIER_RESULT);
                    }
                }
            }
            if (!documents.isEmpty()) {
                map.put(p.maTTHC.strip(), documents);
            }
        }
        return new ProcedureCatalogue(map);
    }

    public static ProcedureCatalogue empty() {
        return new ProcedureCatalogue(Map.of());
    }

    /** The database (or {@link #EARLIER_RESULT}) that can replace a document of a procedure, or null. */
    public String replacement(String procedureCode, String documentCode) {
        Map<String, String> documents = replacements.get(procedureCode);
        return documents == null ? null : documents.get(documentCode);
    }

    /** Every database (or {@link #EARLIER_RESULT}) that can replace some document of the procedure. */
    public java.util.Set<String> replaceableBy(String procedureCode) {
        Map<String, String> documents = replacements.get(procedureCode);
        return documents == null ? java.util.Set.of() : new java.util.TreeSet<>(documents.values());
    }

    public int size() {
        return replacements.size();
    }
}
