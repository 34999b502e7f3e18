package vn.ioc.parse;

import java.util.Set;

/** Field checks shared by the feeds' mappers; each failure names the field so the rejected table says which. */
public final class Require {
    private Require() {}

    public static String text(String field, String value) throws InvalidRecordException {
        if (value == null || value.isBlank()) {
            throw new InvalidRecordException(RejectReason.MISSING_FIELD, field + " is missing");
        }
        return value.strip();
    }

    public static int code(String field, Integer value, Set<Integer> allowed) throws InvalidRecordException {
        if (value == null) {
            throw new InvalidRecordException(RejectReason.MISSING_FIELD, field + " is missing");
        }
        if (!allowed.contains(value)) {
            throw new InvalidRecordException(RejectReason.UNKNOWN_CODE, field + " has unknown code " + value);
        }
        return value;
    }

    /** An optional code: absent gives 0, present must be known. */
    public static int optionalCode(String field, Integer value, Set<Integer> allowed) throws InvalidRecordException {
        return value == null ? 0 : code(field, value, allowed);
    }

    public static String orEmpty(String value) {
        return value == null ? "" : value.strip();
    }

    public static boolean flag(Integer value) {
        return value != null && value == 1;
    }
}
