package vn.ioc.sink;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import vn.ioc.feed.VietnamTime;

/**
 * Builds TabSeparated rows into one growing UTF-8 buffer: the batch of an insert. TabSeparated, not RowBinary,
 * because it is parsed the same way by 18.16 and current servers for every column type we use (Nullable, Array,
 * DateTime with a time zone), and a wrong column order fails loudly instead of shifting bytes.
 */
public final class TsvRow {
    private static final long VIETNAM_SECONDS = VietnamTime.OFFSET.getTotalSeconds();

    private byte[] buf = new byte[1 << 16];
    private int len;
    private int rows;
    /** Where each row ends (after its newline), so that rows can be sent or shown one by one. */
    private int[] rowEnds = new int[1024];
    private boolean rowStarted;

    public TsvRow string(String v) {
        field();
        if (v != null) {
            escaped(v, false);
        }
        return this;
    }

    public TsvRow nullableString(String v) {
        if (v == null) {
            return nullValue();
        }
        return string(v);
    }

    public TsvRow number(long v) {
        field();
        if (v < 0) {
            // rare: counts, codes and times are not negative
            ascii(Long.toString(v));
            return this;
        }
        // digits written directly, without a String per number
        int width = 1;
        for (long rest = v / 10; rest > 0; rest /= 10) {
            width++;
        }
        ensure(width);
        long rest = v;
        for (int i = len + width - 1; i >= len; i--) {
            buf[i] = (byte) ('0' + rest % 10);
            rest /= 10;
        }
        len += width;
        return this;
    }

    public TsvRow nullableNumber(Long v) {
        return v == null ? nullValue() : number(v);
    }

    public TsvRow decimal(double v) {
        field();
        ascii(Double.toString(v));
        return this;
    }

    public TsvRow nullableDecimal(Double v) {
        return v == null ? nullValue() : decimal(v);
    }

    public TsvRow bool(boolean v) {
        field();
        put(v ? (byte) '1' : (byte) '0');
        return this;
    }

    /** A DateTime('Asia/Ho_Chi_Minh') column: written as Vietnam wall-clock time, which the server reads in that zone. */
    public TsvRow dateTime(long epochSecond) {
        field();
        // digits written directly, the day's from a cache: String.format and then LocalDate here were the sink's
        // hottest calls
        long local = epochSecond + VIETNAM_SECONDS;
        long day = Math.floorDiv(local, 86_400);
        int second = (int) Math.floorMod(local, 86_400);
        ensure(19);
        System.arraycopy(Days.text(day), 0, buf, len, 10);
        len += 10;
        buf[len++] = ' ';
        digits(second / 3600, 2);
        buf[len++] = ':';
        digits(second / 60 % 60, 2);
        buf[len++] = ':';
        digits(second % 60, 2);
        return this;
    }

    /** yyyy-MM-dd of epoch days, computed once per day. */
    private static final class Days {
        private static final long FIRST = LocalDate.of(1970, 1, 1).toEpochDay();
        private static final int CACHED = 100 * 366;
        private static final byte[][] TEXT = new byte[CACHED][];

        static byte[] text(long day) {
            long i = day - FIRST;
            if (i < 0 || i >= CACHED) {
                return LocalDate.ofEpochDay(day).toString().getBytes(StandardCharsets.US_ASCII);
            }
            byte[] t = TEXT[(int) i];
            if (t == null) {
                // a benign race: two threads may compute the same text
                t = LocalDate.ofEpochDay(day).toString().getBytes(StandardCharsets.US_ASCII);
                TEXT[(int) i] = t;
            }
            return t;
        }
    }

    public TsvRow nullableDateTime(Long epochSecond) {
        return epochSecond == null ? nullValue() : dateTime(epochSecond);
    }

    public TsvRow date(long epochDay) {
        field();
        ascii(LocalDate.ofEpochDay(epochDay).toString());
        return this;
    }

    public TsvRow nullableDate(Long epochDay) {
        return epochDay == null ? nullValue() : date(epochDay);
    }

    public TsvRow stringArray(String[] v) {
        field();
        put((byte) '[');
        if (v != null) {
            for (int i = 0; i < v.length; i++) {
                if (i > 0) {
                    put((byte) ',');
                }
                put((byte) '\'');
                escaped(v[i] == null ? "" : v[i], true);
                put((byte) '\'');
            }
        }
        put((byte) ']');
        return this;
    }

    public TsvRow numberArray(int[] v) {
        field();
        put((byte) '[');
        if (v != null) {
            for (int i = 0; i < v.length; i++) {
                if (i > 0) {
                    put((byte) ',');
                }
                ascii(Integer.toString(v[i]));
            }
        }
        put((byte) ']');
        return this;
    }

    /** Ends the current row. */
    void endRow() {
        put((byte) '\n');
        if (rows == rowEnds.length) {
            rowEnds = Arrays.copyOf(rowEnds, rows * 2);
        }
        rowEnds[rows++] = len;
        rowStarted = false;
    }

    /** Where row {@code i} starts in {@link #buffer()}. */
    int rowStart(int i) {
        return i == 0 ? 0 : rowEnds[i - 1];
    }

    /** Where row {@code i} ends in {@link #buffer()}, after its newline. */
    int rowEnd(int i) {
        return rowEnds[i];
    }

    /** Row {@code i} without its newline, as text. */
    String rowText(int i) {
        return new String(buf, rowStart(i), rowEnd(i) - rowStart(i) - 1, StandardCharsets.UTF_8);
    }

    int rows() {
        return rows;
    }

    int size() {
        return len;
    }

    byte[] buffer() {
        return buf;
    }

    void reset() {
        len = 0;
        rows = 0;
        rowStarted = false;
    }

    /** The batch as text, for tests and error messages. */
    String text() {
        return new String(buf, 0, len, StandardCharsets.UTF_8);
    }

    private TsvRow nullValue() {
        field();
        put((byte) '\\');
        put((byte) 'N');
        return this;
    }

    private void field() {
        if (rowStarted) {
            put((byte) '\t');
        }
        rowStarted = true;
    }

    private void escaped(String s, boolean inQuotes) {
        // most values are ASCII codes and ids: written char by char, without encoding the string into a new array
        int n = s.length();
        ensure(n * 2);
        int plain = 0;
        while (plain < n && plainAscii(s.charAt(plain))) {
            plain++;
        }
        // the plain prefix, usually the whole value, copied in one go
        s.getBytes(0, plain, buf, len);
        len += plain;
        for (int i = plain; i < n; i++) {
            char c = s.charAt(i);
            if (c >= 0x80) {
                escapedBytes(s.substring(i).getBytes(StandardCharsets.UTF_8), inQuotes);
                return;
            }
            escape((byte) c, inQuotes);
        }
    }

    /** An ASCII character written as it is, whatever the quoting. */
    private static boolean plainAscii(char c) {
        return c < 0x80 && c != '\t' && c != '\n' && c != '\r' && c != '\0' && c != '\\' && c != '\'';
    }

    private void escapedBytes(byte[] bytes, boolean inQuotes) {
        ensure(bytes.length * 2);
        for (byte b : bytes) {
            escape(b, inQuotes);
        }
    }

    private void escape(byte b, boolean inQuotes) {
        switch (b) {
            case '\t' -> { buf[len++] = '\\'; buf[len++] = 't'; }
            case '\n' -> { buf[len++] = '\\'; buf[len++] = 'n'; }
            case '\r' -> { buf[len++] = '\\'; buf[len++] = 'r'; }
            case '\0' -> { buf[len++] = '\\'; buf[len++] = '0'; }
            case '\\' -> { buf[len++] = '\\'; buf[len++] = '\\'; }
            case '\'' -> {
                if (inQuotes) {
                    buf[len++] = '\\';
                }
                buf[len++] = '\'';
            }
            default -> buf[len++] = b;
        }
    }

    private void digits(int value, int width) {
        for (int i = width - 1; i >= 0; i--) {
            buf[len + i] = (byte) ('0' + value % 10);
            value /= 10;
        }
        len += width;
    }

    private void ascii(String s) {
        ensure(s.length());
        for (int i = 0; i < s.length(); i++) {
            buf[len++] = (byte) s.charAt(i);
        }
    }

    private void put(byte b) {
        ensure(1);
        buf[len++] = b;
    }

    private void ensure(int extra) {
        if (len + extra > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(buf.length * 2, len + extra));
        }
    }
}
