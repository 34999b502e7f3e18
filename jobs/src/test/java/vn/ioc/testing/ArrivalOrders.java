package vn.ioc.testing;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.StringJoiner;

/**
 * Every order in which a keyed function's inputs can arrive, and a comparable text of what it sent: the harness
 * tests feed each order to a fresh operator and expect the same final rows.
 */
public final class ArrivalOrders {
    private ArrivalOrders() {}

    /** Every permutation of the inputs (n! of them: keep n at 6 or below). */
    public static <T> List<List<T>> of(List<T> inputs) {
        List<List<T>> orders = new ArrayList<>();
        permute(new ArrayList<>(inputs), 0, orders);
        return orders;
    }

    private static <T> void permute(List<T> items, int from, List<List<T>> orders) {
        if (from == items.size()) {
            orders.add(List.copyOf(items));
            return;
        }
        for (int i = from; i < items.size(); i++) {
            java.util.Collections.swap(items, from, i);
            permute(items, from + 1, orders);
            java.util.Collections.swap(items, from, i);
        }
    }

    /**
     * The public fields of a row as {@code name=value} text, arrays by content: the rows have no equals of their
     * own (they are Flink POJOs), and a text names the field that differs when an assertion fails.
     */
    public static String describe(Object row) {
        StringJoiner text = new StringJoiner(", ", row.getClass().getSimpleName() + "{", "}");
        for (Field f : row.getClass().getFields()) {
            if (Modifier.isStatic(f.getModifiers())) {
                continue;
            }
            try {
                Object value = f.get(row);
                text.add(f.getName() + "=" + (value instanceof Object[] a ? Arrays.deepToString(a) : value));
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }
        return text.toString();
    }
}
