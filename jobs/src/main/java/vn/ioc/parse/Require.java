package vn.ioc.parse;

import java.util.Set;

/** Field checks shared by the feeds' mappers; each failure names the field so the rejected table says which. */
public final class Require {
    /** The largest values of the UInt8 and UInt16 columns codes and counts end in. */
    public static final int MAX_UINT8 = 255;
    public static final int MAX_UINT16 = 65_535;

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
            throw new InvalidRecordException(RejectReason.UNKNOWN_CODE, field + " has an unknown code");
        }
        return value;
    }

    /**
     * A count that becomes a column of {@code max} at most (UInt16: 65,535): beyond it the column would wrap, so the
     * record is rejected rather than stored with a wrong count.
     */
    public static int count(String what, int value, int max) throws InvalidRecordException {
        if (value > max) {
            throw new InvalidRecordException(RejectReason.INVALID_VALUE, what + " has more than " + max + " entries");
        }
        return value;
    }

    /** Codes stored in an Array(UInt8) column: each must fit, or the record is rejected. */
    public static int[] uint8s(String field, java.util.List<Integer> values) throws InvalidRecordException {
        if (values == null) {
            return new int[0];
        }
        int[] out = values.stream().filter(v -> v != null).mapToInt(Integer::intValue).toArray();
        for (int v : out) {
            if (v < 0 || v > MAX_UINT8) {
                throw new InvalidRecordException(RejectReason.INVALID_VALUE, field + " has a code out of 0-255");
            }
        }
        return out;
    }

    public static String orEmpty(String value) {
        return value == null ? "" : value.strip();
    }

    public static boolean flag(Integer value) {
        return value != null && value == 1;
    }
}
