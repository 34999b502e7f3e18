package vn.ioc.parse;

import java.util.List;
import java.util.Set;

/**
 * Optional fields whose value is impossible (an unknown code, a year 9999, a number beyond its column): the field is
 * emptied and the record keeps a finding {@code EMPTIED:<field>}, instead of the whole record being rejected for a
 * field no measure needs. The contract (docs/feeds/README.md) lists the fields treated this way.
 */
public final class OptionalField {
    private static final String EMPTIED = "EMPTIED:";

    private OptionalField() {}

    /** The finding an emptied field leaves. */
    public static String emptied(String field) {
        return EMPTIED + field;
    }

    /** Epoch seconds of an optional timestamp; null when absent or impossible (then with a finding). */
    public static Long time(String field, String value, List<String> findings) {
        return orEmptied(field, findings, () -> Timestamps.optional(field, value));
    }

    /** Epoch day of an optional registry date (from 1900); null when absent or impossible (then with a finding). */
    public static Long registryDate(String field, String value, List<String> findings) {
        return orEmptied(field, findings, () -> Timestamps.registryDate(field, value));
    }

    /** A check that rejects an impossible value. */
    @FunctionalInterface
    private interface Check {
        Long value() throws InvalidRecordException;
    }

    private static Long orEmptied(String field, List<String> findings, Check check) {
        try {
            return check.value();
        } catch (InvalidRecordException e) {
            findings.add(emptied(field));
            return null;
        }
    }

    /** An optional code: 0 when absent; 0 with a finding when not one of {@code allowed}. */
    public static int code(String field, Integer value, Set<Integer> allowed, List<String> findings) {
        if (value == null) {
            return 0;
        }
        if (!allowed.contains(value)) {
            findings.add(emptied(field));
            return 0;
        }
        return value;
    }

    /** An optional number: 0 when absent; 0 with a finding outside {@code [min, max]}. */
    public static int inRange(String field, Integer value, int min, int max, List<String> findings) {
        if (value == null) {
            return 0;
        }
        if (value < min || value > max) {
            findings.add(emptied(field));
            return 0;
        }
        return value;
    }
}
