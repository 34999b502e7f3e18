package vn.ioc.generate;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import vn.ioc.parse.Timestamps;

/** Working days and office hours in Vietnam time, and the feeds' timestamp format. */
final class Calendar {
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

    /** yyyyMMddHHmmss; written digit by digit, the formatter being the generator's hottest call. */
    static String format(long epochSecond) {
        if (epochSecond == 0) {
            return null;
        }
        LocalDateTime t = LocalDateTime.ofEpochSecond(epochSecond, 0, Timestamps.VIETNAM);
        char[] out = new char[14];
        Digits.append(out, 0, t.getYear(), 4);
        Digits.append(out, 4, t.getMonthValue(), 2);
        Digits.append(out, 6, t.getDayOfMonth(), 2);
        Digits.append(out, 8, t.getHour(), 2);
        Digits.append(out, 10, t.getMinute(), 2);
        Digits.append(out, 12, t.getSecond(), 2);
        return new String(out);
    }
}
