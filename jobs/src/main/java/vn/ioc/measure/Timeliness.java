package vn.ioc.measure;

import java.time.Instant;
import java.time.LocalDate;
import vn.ioc.feed.Codes;
import vn.ioc.feed.VietnamTime;

/**
 * A dossier's standing against its due date, the one place that decodes the statuses: "closed" is refused,
 * withdrawn or stopped (TrangThaiHoSo 3, 7, 8); "finished" is processed or result returned (9, 10) and nothing else,
 * whatever times the snapshot carries, and is judged by its finish time (NgayKetThucXuLy, else NgayTra); every other
 * status is "open". The warehouse reads these values, never the status codes, so ON_TIME, the satisfaction indicator
 * and ORIGINAL_RESULT_AVAILABLE share one meaning of finished (docs/indicators.md, edge case 4). "Early" and "on
 * time" are told apart by calendar day, as the national portal reports them; overdue is not stored because it
 * depends on the time of the question: the views derive it from an open dossier's due date.
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
    /** Finished (status 9 or 10), but without a finish time: neither open nor overdue, and not shown on time. */
    public static final String NO_FINISH_TIME = "no_finish_time";

    private Timeliness() {}

    static String of(int status, Long finishedAt, Long dueAt) {
        if (status == Codes.STATUS_REFUSED || status == Codes.STATUS_WITHDRAWN || status == Codes.STATUS_STOPPED) {
            return CLOSED;
        }
        if (status != Codes.STATUS_PROCESSED && status != Codes.STATUS_RESULT_RETURNED) {
            return OPEN;
        }
        if (finishedAt == null) {
            return NO_FINISH_TIME;
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
        return LocalDate.ofInstant(Instant.ofEpochSecond(epochSecond), VietnamTime.OFFSET);
    }
}
