package vn.ioc.enrich;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
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
            if (p.maTTHC == null || p.maTTHC.isBlank()) {
                continue;
            }
            Map<String, String> documents = replacements(p);
            if (!documents.isEmpty()) {
                map.put(p.maTTHC.strip(), documents);
            }
        }
        return new ProcedureCatalogue(map);
    }

    /** Document code → the database (or {@link #EARLIER_RESULT}) that can replace it, of one procedure. */
    public static Map<String, String> replacements(Procedure p) {
        Map<String, String> documents = new TreeMap<>();
        if (p.thanhPhanHoSo == null) {
            return documents;
        }
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
        return documents;
    }

    /** This catalogue with the given rows' replacements taking the place of their procedures' own. */
    public ProcedureCatalogue with(Iterable<ProcedureRow> rows) {
        Map<String, Map<String, String>> map = new HashMap<>(replacements);
        for (ProcedureRow r : rows) {
            Map<String, String> documents = replacements(r);
            if (documents.isEmpty()) {
                map.remove(r.code);
            } else {
                map.put(r.code, documents);
            }
        }
        return new ProcedureCatalogue(map);
    }

    /** Whether a catalogue row says nothing new of what can replace its procedure's documents. */
    public boolean knows(ProcedureRow row) {
        return replacements(row).equals(replacements.getOrDefault(row.code, Map.of()));
    }

    private static Map<String, String> replacements(ProcedureRow r) {
        Map<String, String> documents = new HashMap<>();
        for (int i = 0; i < r.replacedDocuments.length; i++) {
            documents.put(r.replacedDocuments[i], r.replacedBy[i]);
        }
        return documents;
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
