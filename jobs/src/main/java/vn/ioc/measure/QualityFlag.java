package vn.ioc.measure;

/** Codes of data-quality findings a record is accepted with (it still counts; the flag says what is suspect). */
public final class QualityFlag {
    private QualityFlag() {}

    public static final String UNKNOWN_AGENCY = "UNKNOWN_AGENCY";
    public static final String DATES_OUT_OF_ORDER = "DATES_OUT_OF_ORDER";
    public static final String APPLICANT_ID_INVALID = "APPLICANT_ID_INVALID";
    public static final String DIGITIZED_WITHOUT_FILE = "DIGITIZED_WITHOUT_FILE";
    public static final String E_RESULT_WITHOUT_FILE = "E_RESULT_WITHOUT_FILE";
    /** An event time later than ingestion plus a tolerance: kept, but it does not order the dossier's versions. */
    public static final String FUTURE_DATE = "FUTURE_DATE";
    // found by joining the dossier with the registries and the exchange log
    public static final String DECLARED_WITHOUT_CALL = "DECLARED_WITHOUT_CALL";
    public static final String CALL_WITHOUT_DECLARATION = "CALL_WITHOUT_DECLARATION";
    public static final String APPLICANT_NOT_IN_REGISTRY = "APPLICANT_NOT_IN_REGISTRY";
    public static final String ENTERPRISE_NOT_ACTIVE = "ENTERPRISE_NOT_ACTIVE";
}
