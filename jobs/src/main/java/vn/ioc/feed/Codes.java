package vn.ioc.feed;

/**
 * Code values of the feeds that the pipeline interprets (domain.md §4): the one code table of the Java side. The
 * warehouse decodes the same codes in one place, the staging views (clickhouse/views/1_staging/dossiers.sql,
 * catalogue_procedures.sql), and CodesTest checks that they use these values and that no other view, aggregate or
 * question compares a code to a number.
 */
public final class Codes {
    private Codes() {}

    /** MaCSDL of the national databases. */
    public static final String DB_POPULATION = "CSDLQGDC";
    public static final String DB_BUSINESS = "CSDLQGDKDN";
    public static final String DB_INSURANCE = "CSDLQGBH";

    /** TrangThaiHoSo: a dossier's status, and a processing step's status after it. */
    public static final java.util.Set<Integer> DOSSIER_STATUSES = java.util.Set.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
    /** The statuses that end a dossier: refused, withdrawn, stopped (closed) and processed, returned (finished). */
    public static final int STATUS_REFUSED = 3;
    public static final int STATUS_WITHDRAWN = 7;
    public static final int STATUS_STOPPED = 8;
    public static final int STATUS_PROCESSED = 9;
    public static final int STATUS_RESULT_RETURNED = 10;

    public static final int CHANNEL_IN_PERSON = 1;
    public static final int CHANNEL_ONLINE = 2;
    public static final int CHANNEL_POSTAL = 3;

    public static final int APPLICANT_CITIZEN = 1;
    public static final int APPLICANT_ENTERPRISE = 2;
    public static final int APPLICANT_STATE_AGENCY = 3;
    public static final int APPLICANT_ORGANISATION = 4;

    /** DuocThanhToanTrucTuyen: paid online through DVCQG or the provincial gateway (0 and 3: not paid online). */
    public static final int PAID_VIA_DVCQG = 1;
    public static final int PAID_VIA_PROVINCE = 2;

    public static final int ID_CITIZEN_12 = 1;
    public static final int ID_OLD_CARD_9 = 2;

    public static final int PETITION_PAKN = 1;
    public static final int PETITION_RATING = 2;
    public static final int RATING_DISSATISFIED = 3;

    public static final int REUSED_FROM_COMPONENT = 1;
    public static final int REUSED_FROM_RESULT = 2;
}
