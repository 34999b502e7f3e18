package vn.ioc.clickhouse;

import com.clickhouse.client.api.ConnectionInitiationException;
import com.clickhouse.client.api.DataTransferException;
import com.clickhouse.client.api.ServerException;
import java.io.IOException;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a failed ClickHouse call means: the server's own message, in one line, for a person, and whether trying the
 * same request again can succeed.
 *
 * <p>client-v2 builds a {@link ServerException} whose message is {@code Code: N. DB::Exception: ... (queryId=...)}
 * when it can read the HTTP body: it looks for {@code N. DB::Exception:} with N taken from the
 * {@code X-ClickHouse-Exception-Code} header. ClickHouse 18.16 sends no such header and writes
 * {@code Code: N, e.displayText() = DB::Exception: ..., e.what() = DB::Exception}, so against 18.16 the client
 * reports {@code <Unreadable error message> (transport error: 500)} and the body is gone; {@link #fromBody} turns
 * such a body, read by a caller that kept it, into the same one line.
 */
public final class ClickHouseErrors {
    private static final Pattern CODE = Pattern.compile("Code: (\\d+)");
    private static final Pattern OLD_FORMAT = Pattern.compile("Code: (\\d+), e\\.displayText\\(\\) = ");
    private static final Pattern OLD_TAIL = Pattern.compile(",? ?e\\.what\\(\\) = DB::Exception\\s*$");
    private static final Pattern QUERY_ID = Pattern.compile("\\s*\\(queryId=[^)]*\\)\\s*$");
    private static final String UNREADABLE = "<Unreadable error message>";

    /**
     * Server error codes (ClickHouse's src/Common/ErrorCodes.cpp) after which the same request can succeed later:
     * time-outs, network, overload, too many parts, memory, read-only or missing replicas, cancelled queries.
     */
    private static final Set<Integer> RETRIABLE_CODES = Set.of(
            3, // UNEXPECTED_END_OF_FILE: the request body was cut
            23, // CANNOT_READ_FROM_ISTREAM
            24, // CANNOT_WRITE_TO_OSTREAM
            32, // ATTEMPT_TO_READ_AFTER_EOF: the connection dropped mid-insert
            159, // TIMEOUT_EXCEEDED
            173, // CANNOT_ALLOCATE_MEMORY
            202, // TOO_MANY_SIMULTANEOUS_QUERIES
            203, // NO_FREE_CONNECTION
            209, // SOCKET_TIMEOUT
            210, // NETWORK_ERROR
            236, // ABORTED
            241, // MEMORY_LIMIT_EXCEEDED
            242, // TABLE_IS_READ_ONLY (replica lost ZooKeeper)
            252, // TOO_MANY_PARTS
            285, // TOO_FEW_LIVE_REPLICAS
            319, // UNKNOWN_STATUS_OF_INSERT
            394, // QUERY_WAS_CANCELLED
            425, // SYSTEM_ERROR
            999, // KEEPER_EXCEPTION
            1000); // POCO_EXCEPTION: network errors inside the server
    /**
     * Server error codes that blame the values of the rows sent (parse, type, range), not the request or the
     * server: a batch that fails with one of them holds at least one row ClickHouse will never take.
     */
    private static final Set<Integer> ROW_DATA_CODES = Set.of(
            6, // CANNOT_PARSE_TEXT
            25, // CANNOT_PARSE_ESCAPE_SEQUENCE
            26, // CANNOT_PARSE_QUOTED_STRING
            27, // CANNOT_PARSE_INPUT_ASSERTION_FAILED
            33, // CANNOT_READ_ALL_DATA
            38, // CANNOT_PARSE_DATE
            41, // CANNOT_PARSE_DATETIME
            53, // TYPE_MISMATCH
            69, // ARGUMENT_OUT_OF_BOUND
            70, // CANNOT_CONVERT_TYPE
            72, // CANNOT_PARSE_NUMBER
            117, // INCORRECT_DATA
            130, // CANNOT_READ_ARRAY_FROM_TEXT
            131, // TOO_LARGE_STRING_SIZE
            190, // SIZES_OF_ARRAYS_DOESNT_MATCH
            321, // VALUE_IS_OUT_OF_RANGE_OF_DATA_TYPE
            349, // CANNOT_INSERT_NULL_IN_ORDINARY_COLUMN
            407, // DECIMAL_OVERFLOW
            691); // UNKNOWN_ELEMENT_OF_ENUM
    /** HTTP statuses of proxies and overloaded servers that do not mean the request itself is wrong. */
    private static final Set<Integer> RETRIABLE_HTTP = Set.of(429, 502, 503, 504);

    private ClickHouseErrors() {}

    /** The server's error text in one line, or, when the server never answered, what went wrong on the way. */
    public static String serverMessage(Throwable failure) {
        for (Throwable t = failure; t != null; t = next(t)) {
            if (t instanceof ServerException s) {
                String message = fromBody(QUERY_ID.matcher(nullToEmpty(s.getMessage())).replaceFirst(""));
                if (message.contains(UNREADABLE)) {
                    return "ClickHouse failed with HTTP " + s.getTransportProtocolCode() + " and a message client-v2"
                            + " cannot read (servers before 19.x format their errors differently)";
                }
                return message;
            }
        }
        for (Throwable t = failure; t != null; t = next(t)) {
            String message = t.getMessage();
            if (message != null && message.contains("DB::Exception")) {
                // a wrapper's message starts with the wrapped class's name; the server's text starts at "Code:"
                int start = message.indexOf("Code: ");
                return fromBody(QUERY_ID.matcher(start < 0 ? message : message.substring(start)).replaceFirst(""));
            }
        }
        Throwable root = root(failure);
        String what = oneLine(root.getMessage() == null ? "" : root.getMessage());
        if (root instanceof TimeoutException || root instanceof java.net.SocketTimeoutException) {
            return "ClickHouse did not answer in time" + (what.isEmpty() ? "" : ": " + what);
        }
        if (connectionFailure(failure)) {
            return "cannot reach ClickHouse: " + (what.isEmpty() ? root.getClass().getSimpleName() : what);
        }
        return what.isEmpty() ? root.getClass().getSimpleName() : what;
    }

    /**
     * The body of a ClickHouse HTTP error in one line and in the current servers' form
     * ({@code Code: N. DB::Exception: ...}), whichever server version wrote it.
     */
    public static String fromBody(String body) {
        String text = OLD_FORMAT.matcher(body.strip()).replaceFirst("Code: $1. ");
        text = OLD_TAIL.matcher(text).replaceFirst("");
        return oneLine(text);
    }

    /** The ClickHouse error code of a failure, when the server answered with one. */
    public static OptionalInt code(Throwable failure) {
        for (Throwable t = failure; t != null; t = next(t)) {
            if (t instanceof ServerException s && s.getCode() > 0) {
                return OptionalInt.of(s.getCode());
            }
            if (t.getMessage() != null && t.getMessage().contains("DB::Exception")) {
                Matcher m = CODE.matcher(t.getMessage());
                if (m.find() && Integer.parseInt(m.group(1)) > 0) {
                    return OptionalInt.of(Integer.parseInt(m.group(1)));
                }
            }
        }
        return OptionalInt.empty();
    }

    /**
     * Whether the same request may succeed if tried again: the connection failed or timed out, or the server was
     * overloaded, out of memory or short of replicas. Syntax, type, parse, unknown column or table and access
     * errors are not: the request itself is wrong. An unreadable HTTP 500 is not either: what it means is unknown.
     */
    public static boolean retriable(Throwable failure) {
        OptionalInt code = code(failure);
        if (code.isPresent()) {
            return RETRIABLE_CODES.contains(code.getAsInt());
        }
        for (Throwable t = failure; t != null; t = next(t)) {
            if (t instanceof ServerException s) {
                return RETRIABLE_HTTP.contains(s.getTransportProtocolCode());
            }
        }
        return connectionFailure(failure) || root(failure) instanceof TimeoutException;
    }

    /** Whether the server answered with an error body client-v2 could not read (ClickHouse before 19.x). */
    public static boolean unreadable(Throwable failure) {
        for (Throwable t = failure; t != null; t = next(t)) {
            if (t instanceof ServerException s && s.getCode() <= 0 && nullToEmpty(s.getMessage()).contains(UNREADABLE)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether ClickHouse refused the values of the rows sent: some rows of the batch are wrong, the rest can be
     * written. An unknown table or column, a syntax or access error are not: no row of the batch would pass.
     */
    public static boolean rowData(Throwable failure) {
        OptionalInt code = code(failure);
        return code.isPresent() && ROW_DATA_CODES.contains(code.getAsInt());
    }

    private static boolean connectionFailure(Throwable failure) {
        for (Throwable t = failure; t != null; t = next(t)) {
            if (t instanceof ConnectionInitiationException || t instanceof DataTransferException
                    || t instanceof IOException || t instanceof TimeoutException) {
                return true;
            }
        }
        return false;
    }

    private static Throwable root(Throwable failure) {
        Throwable t = failure;
        while (next(t) != null) {
            t = next(t);
        }
        return t;
    }

    private static Throwable next(Throwable t) {
        return t.getCause() == t ? null : t.getCause();
    }

    private static String oneLine(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
