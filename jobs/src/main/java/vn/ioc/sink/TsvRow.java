package vn.ioc.sink;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;

/**
 * Builds TabSeparated rows into one growing UTF-8 buffer: the batch of an insert. TabSeparated, not RowBinary,
 * because it is parsed the same way by 18.16 and current servers for every column type we use (Nullable, Array,
 * DateTime with a time zone), and a wrong column order fails loudly instead of shifting bytes.
 */
public final class TsvRow {
    private static final ZoneOffset VIETNAM = ZoneOffset.ofHours(7);

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
        ascii(Long.toString(v));
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
        // digits written directly: String.format here was the sink's hottest call
        LocalDateTime t = LocalDateTime.ofEpochSecond(epochSecond, 0, VIETNAM);
        ensure(19);
        digits(t.getYear(), 4);
        buf[len++] = '-';
        digits(t.getMonthValue(), 2);
        buf[len++] = '-';
        digits(t.getDayOfMonth(), 2);
        buf[len++] = ' ';
        digits(t.getHour(), 2);
        buf[len++] = ':';
        digits(t.getMinute(), 2);
        buf[len++] = ':';
        digits(t.getSecond(), 2);
        return this;
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
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        ensure(bytes.length * 2);
        for (byte b : bytes) {
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
