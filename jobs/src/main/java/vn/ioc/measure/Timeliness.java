package vn.ioc.measure;

import java.time.Instant;
import java.time.LocalDate;
import vn.ioc.parse.Timestamps;

/**
 * A dossier's standing against its due date. "Early" and "on time" are told apart by calendar day, as the
 * national portal reports them; overdue is not stored because it depends on the time of the question: the views
 * derive it from an open dossier's due date.
 */
public final class Timeliness {
    public static final String EARLY = "early";
    public static final String ON_TIME = "on_time";
    public static final String LATE = "late";
    public static final String OPEN = "open";
    /** Refused, withdrawn or stopped: ended without a result, so neither on time nor late. */
    public static final String CLOSED = "closed";
    /** Finished, but the dossier never had a due date. */
    public static final String NO_DUE_DATE = "no_due_date";

    private Timeliness() {}

    static String of(int status, Long finishedAt, Long dueAt) {
        if (status == 3 || status == 7 || status == 8) {
            return CLOSED;
        }
        if (finishedAt == null) {
            return OPEN;
        }
        if (dueAt == null) {
            return NO_DUE_DATE;
        }
        if (finishedAt > dueAt) {
            return LATE;
        }
        return day(finishedAt).isBefore(day(dueAt)) ? EARLY : ON_TIME;
    }

    private static LocalDate day(long epochSecond) {
        return LocalDate.ofInstant(Instant.ofEpochSecond(epochSecond), Timestamps.VIETNAM);
    }
}
