package vn.ioc.parse;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import vn.ioc.feed.VietnamTime;

/**
 * The feeds' timestamp format, yyyyMMddHHmmss in Vietnam's time ({@link VietnamTime}).
 */
public final class Timestamps {
    private static final int MIN_YEAR = 1990;
    private static final int MAX_YEAR = 2100;
    /**
     * Registries hold records far older than any dossier (enterprises founded in the 1950s, citizens born in 1900),
     * and their dates are stored as signed days, not as DateTime.
     */
    private static final int REGISTRY_MIN_YEAR = 1900;
    /**
     * How far past the moment of ingestion an event may lie before it is taken for a typo (2032 for 2023): clocks
     * of the producing systems drift, and Vietnam is ahead of UTC, so a day is allowed.
     */
    public static final long FUTURE_TOLERANCE_SECONDS = 86_400;

    private Timestamps() {}

    /** Epoch seconds of a required timestamp. */
    public static long required(String field, String value) throws InvalidRecordException {
        if (value == null || value.isEmpty()) {
            throw new InvalidRecordException(RejectReason.MISSING_FIELD, field + " is missing");
        }
        return parse(field, value);
    }

    /** Epoch seconds of an optional timestamp, or null when absent. */
    public static Long optional(String field, String value) throws InvalidRecordException {
        if (value == null || value.isEmpty()) {
            return null;
        }
        return parse(field, value);
    }

    /**
     * Epoch seconds of a required timestamp that versions a record (the latest wins): one further in the future
     * than {@link #FUTURE_TOLERANCE_SECONDS} is rejected, or it would win over every later correction.
     */
    public static long version(String field, String value) throws InvalidRecordException {
        long t = required(field, value);
        if (isFuture(t)) {
            throw new InvalidRecordException(RejectReason.INVALID_TIMESTAMP, field + " lies in the future");
        }
        return t;
    }

    /** Whether an event time lies later than now plus {@link #FUTURE_TOLERANCE_SECONDS}. */
    public static boolean isFuture(long epochSecond) {
        return epochSecond > System.currentTimeMillis() / 1000 + FUTURE_TOLERANCE_SECONDS;
    }

    /** Epoch day of an optional yyyyMMdd date between 1990 and 2100, or null when absent. */
    public static Long optionalDate(String field, String value) throws InvalidRecordException {
        return date(field, value, MIN_YEAR);
    }

    /** Epoch day (negative before 1970) of an optional yyyyMMdd registry date from 1900 on, or null when absent. */
    public static Long registryDate(String field, String value) throws InvalidRecordException {
        return date(field, value, REGISTRY_MIN_YEAR);
    }

    private static Long date(String field, String value, int minYear) throws InvalidRecordException {
        if (value == null || value.isEmpty()) {
            return null;
        }
        if (value.length() != 8 || !digits(value)) {
            throw new InvalidRecordException(RejectReason.INVALID_TIMESTAMP, field + " is not yyyyMMdd");
        }
        try {
            int year = num(value, 0, 4);
            checkYear(field, year, minYear);
            return LocalDate.of(year, num(value, 4, 2), num(value, 6, 2)).toEpochDay();
        } catch (DateTimeException e) {
            throw new InvalidRecordException(RejectReason.INVALID_TIMESTAMP, field + " is not a date");
        }
    }

    private static long parse(String field, String value) throws InvalidRecordException {
        if (value.length() != 14 || !digits(value)) {
            throw new InvalidRecordException(
                    RejectReason.INVALID_TIMESTAMP, field + " is not yyyyMMddHHmmss");
        }
        int year = num(value, 0, 4);
        checkYear(field, year, MIN_YEAR);
        try {
            return LocalDateTime.of(year, num(value, 4, 2), num(value, 6, 2), num(value, 8, 2), num(value, 10, 2),
                            num(value, 12, 2))
                    .toEpochSecond(VietnamTime.OFFSET);
        } catch (DateTimeException e) {
            throw new InvalidRecordException(RejectReason.INVALID_TIMESTAMP, field + " is not a time");
        }
    }

    /** Checks the year; the value itself is never repeated in a rejection (it could be anything a person typed). */
    private static void checkYear(String field, int year, int minYear) throws InvalidRecordException {
        if (year < minYear || year > MAX_YEAR) {
            throw new InvalidRecordException(
                    RejectReason.INVALID_TIMESTAMP, field + " has an impossible year");
        }
    }

    private static boolean digits(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static int num(String s, int from, int len) {
        int v = 0;
        for (int i = from; i < from + len; i++) {
            v = v * 10 + (s.charAt(i) - '0');
        }
        return v;
    }
}
