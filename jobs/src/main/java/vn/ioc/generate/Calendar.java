package vn.ioc.generate;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import vn.ioc.parse.Timestamps;

/** Working days and office hours in Vietnam time, and the feeds' timestamp format. */
final class Calendar {
    private static final DateTimeFormatter FEED = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

    private Calendar() {}

    static long at(LocalDate day, int hour, int minute) {
        return day.atTime(hour, minute).toEpochSecond(Timestamps.VIETNAM);
    }

    static LocalDate day(long epochSecond) {
        return LocalDateTime.ofEpochSecond(epochSecond, 0, Timestamps.VIETNAM).toLocalDate();
    }

    static boolean workingDay(LocalDate d) {
        return d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    static LocalDate addWorkingDays(LocalDate from, int days) {
        LocalDate d = from;
        int left = days;
        while (left > 0) {
            d = d.plusDays(1);
            if (workingDay(d)) {
                left--;
            }
        }
        return d;
    }

    static String format(long epochSecond) {
        return epochSecond == 0 ? null
                : LocalDateTime.ofEpochSecond(epochSecond, 0, Timestamps.VIETNAM).format(FEED);
    }
}
