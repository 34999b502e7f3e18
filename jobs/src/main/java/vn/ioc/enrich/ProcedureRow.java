package vn.ioc.enrich;

/** A procedure as the {@code procedures} dimension table holds it. */
public class ProcedureRow {
    public String code;
    public String name;
    public String fieldCode;
    public String fieldName;
    public int[] levels;
    public int[] applicantTypes;
    public boolean feeBearing;
    public boolean onlineOffered;
    public Double durationDays;
    public int documents;
    /** Documents an earlier result (MA_KQ_THAYTHE) or a national database (MA_CSDL_THAYTHE) can replace. */
    public int replaceableDocuments;
    public String[] resultCodes;
    /**
     * The replaceable documents' codes and, at the same index, what replaces each: a national database's code or
     * {@link ProcedureCatalogue#EARLIER_RESULT}. Not a column: what reuse is derived with when the row reaches the
     * job's reuse join.
     */
    public String[] replacedDocuments = new String[0];
    public String[] replacedBy = new String[0];
}
