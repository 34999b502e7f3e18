package vn.ioc.generate;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import vn.ioc.feed.VietnamTime;

/** Working days and office hours in Vietnam time, and the feeds' timestamp format. */
final class Calendar {
    private Calendar() {}

    static long at(LocalDate day, int hour, int minute) {
        return day.atTime(hour, minute).toEpochSecond(VietnamTime.OFFSET);
    }

    static LocalDate day(long epochSecond) {
        return LocalDateTime.ofEpochSecond(epochSecond, 0, VietnamTime.OFFSET).toLocalDate();
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
        long local = epochSecond + VietnamTime.OFFSET.getTotalSeconds();
        int second = (int) Math.floorMod(local, 86_400L);
        char[] out = new char[14];
        dayDigits(Math.floorDiv(local, 86_400L)).getChars(0, 8, out, 0);
        Digits.append(out, 8, second / 3600, 2);
        Digits.append(out, 10, second / 60 % 60, 2);
        Digits.append(out, 12, second % 60, 2);
        return new String(out);
    }

    /** yyyyMMdd of the epoch days from 1970 on, computed once per day. */
    private static final String[] DAYS = new String[200 * 366];

    private static String dayDigits(long epochDay) {
        if (epochDay < 0 || epochDay >= DAYS.length) {
            return LocalDate.ofEpochDay(epochDay).toString().replace("-", "");
        }
        String d = DAYS[(int) epochDay];
        if (d == null) {
            d = LocalDate.ofEpochDay(epochDay).toString().replace("-", "");
            DAYS[(int) epochDay] = d;
        }
        return d;
    }
}
