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
}
