package vn.ioc.score;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import vn.ioc.feed.VietnamTime;

/**
 * The instant a scorecard or report is judged at (--as-of): "open and not yet due", "overdue" and the late lists
 * depend on it. A day means the end of that day, Vietnam time (2023-08-31: everything due by 31 August has passed);
 * a local time is Vietnam time (2023-08-31T17:00); an offset or Z is taken as written.
 */
public final class AsOf {
    private AsOf() {}

    /** The instant, or null (now) for null. */
    public static Instant parse(String text) {
        if (text == null) {
            return null;
        }
        String t = text.strip().replace(' ', 'T');
        try {
            if (t.matches("\\d{4}-\\d{2}-\\d{2}")) {
                return LocalDate.parse(t).plusDays(1).atStartOfDay().toInstant(VietnamTime.OFFSET);
            }
            if (t.endsWith("Z") || t.matches(".*[+-]\\d{2}:\\d{2}$")) {
                return OffsetDateTime.parse(t).toInstant();
            }
            return LocalDateTime.parse(t).toInstant(VietnamTime.OFFSET);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("not a time: " + text + " (use 2023-08-31, 2023-08-31T17:00 in Vietnam"
                    + " time, or 2023-08-31T10:00:00Z)", e);
        }
    }
}
