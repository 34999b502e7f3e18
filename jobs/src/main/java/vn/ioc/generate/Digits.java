package vn.ioc.generate;

/** Zero-padded decimal text, as String.format("%0Nd") writes it, without the formatter's cost on hot paths. */
final class Digits {
    private Digits() {}

    /** {@code value} (not negative) in at least {@code width} digits. */
    static String padded(long value, int width) {
        String digits = Long.toString(value);
        if (digits.length() >= width) {
            return digits;
        }
        return "0".repeat(width - digits.length()) + digits;
    }

    /** Appends {@code value} (not negative, below 10^width) in exactly {@code width} digits. */
    static void append(char[] out, int at, int value, int width) {
        for (int i = width - 1; i >= 0; i--) {
            out[at + i] = (char) ('0' + value % 10);
            value /= 10;
        }
    }
}
