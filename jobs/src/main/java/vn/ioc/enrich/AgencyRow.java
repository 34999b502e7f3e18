package vn.ioc.enrich;

/** An agency as the {@code agencies} dimension table holds it, with its resolved province and current successor. */
public class AgencyRow {
    public String code;
    public String name;
    public int level;
    public String parentCode;
    public long validFromDay;
    public Long validToDay;
    public String successorCode;
    public String currentSuccessorCode;
    public String provinceCode;
    /** Units whose figures include this unit's dossiers (see AgencyDirectory#rollupUnits). */
    public String[] rollupUnits;
}
