package vn.ioc.measure;

/** One processing step of one dossier: who held it, in which unit, until when, and whether the step ran late. */
public class StepFacts {
    public String dossierId;
    public String agencyCode;
    /** The handling agency's province, so that a province's database can take its steps as they arrive. */
    public String provinceCode;
    public String officer;
    public String title;
    public String unit;
    public long stepAt;
    public String content;
    public int status;
    public Long startedAt;
    public Long deadline;
    public boolean late;
    public Double lateHours;

    /** The step's identity, as the table's key: dossier, time, officer and status. */
    public String identity() {
        return dossierId + '\u0000' + stepAt + '\u0000' + officer + '\u0000' + status;
    }
}
