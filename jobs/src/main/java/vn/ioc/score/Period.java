package vn.ioc.score;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.DateTimeException;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reporting period, inclusive at both ends: a day (2023-05-17), an ISO week (2023-W20), a month (2023-05), a
 * quarter (2023-Q2), a year (2023) or any range (2023-01-01..2023-08-31).
 */
public record Period(LocalDate from, LocalDate to) {
    private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{1,2})");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");

    public Period {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("period ends before it starts: " + from + ".." + to);
        }
    }

    public static Period parse(String text) {
        String t = text.strip();
        try {
            int range = t.indexOf("..");
            if (range > 0) {
                return new Period(LocalDate.parse(t.substring(0, range)), LocalDate.parse(t.substring(range + 2)));
            }
            Matcher week = WEEK.matcher(t);
            if (week.matches()) {
                LocalDate monday = LocalDate.of(Integer.parseInt(week.group(1)), 1, 4)
                        .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, Integer.parseInt(week.group(2)))
                        .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                return new Period(monday, monday.plusDays(6));
            }
            Matcher quarter = QUARTER.matcher(t);
            if (quarter.matches()) {
                YearMonth first = YearMonth.of(Integer.parseInt(quarter.group(1)),
                        3 * Integer.parseInt(quarter.group(2)) - 2);
                return new Period(first.atDay(1), first.plusMonths(2).atEndOfMonth());
            }
            if (t.matches("\\d{4}")) {
                int year = Integer.parseInt(t);
                return new Period(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
            }
            if (t.matches("\\d{4}-\\d{2}")) {
                YearMonth month = YearMonth.parse(t);
                return new Period(month.atDay(1), month.atEndOfMonth());
            }
            LocalDate day = LocalDate.parse(t);
            return new Period(day, day);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("not a period: " + text
                    + " (use 2023, 2023-Q2, 2023-05, 2023-W20, 2023-05-17 or 2023-01-01..2023-08-31)", e);
        }
    }

    @Override
    public String toString() {
        return from + ".." + to;
    }
}
