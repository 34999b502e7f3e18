package vn.ioc.clickhouse;

import java.util.regex.Pattern;

/**
 * Names that end up in SQL text (databases, clusters): ClickHouse cannot take them as query parameters, so they are
 * checked instead. Only plain identifiers pass: a name like {@code x UNION SELECT ...} or {@code a;DROP} is
 * refused before any statement is built.
 */
public final class SqlIdentifier {
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,63}");

    private SqlIdentifier() {}

    /** {@code name}, if it is a plain identifier; else IllegalArgumentException naming {@code what}. */
    public static String check(String what, String name) {
        if (name == null || !PLAIN.matcher(name).matches()) {
            throw new IllegalArgumentException(what + " must be letters, digits and _ (not starting with a digit),"
                    + " at most 64 characters");
        }
        return name;
    }
}
