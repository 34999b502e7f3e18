package vn.ioc.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotSame;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeutils.TypeSerializer;
import org.apache.flink.core.memory.DataInputDeserializer;
import org.apache.flink.core.memory.DataOutputSerializer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.ioc.enrich.SubjectEvent;
import vn.ioc.measure.DossierFacts;
import vn.ioc.measure.ReuseInput;

/**
 * Every hand-written serializer writes every field of its record: each field (of nested records too) is given a
 * value of its own, and a round trip must give them all back. A field added to a record and forgotten in its
 * serializer fails here. The records' streams pick the serializer up from their {@code @TypeInfo}.
 */
class RecordSerializersTest {

    static Stream<Class<?>> records() {
        return Stream.of(DossierFacts.class, LedgerEntry.class, SubjectEvent.class, ReuseInput.class);
    }

    @ParameterizedTest
    @MethodSource("records")
    <T> void everyFieldSurvivesARoundTrip(Class<T> type) throws Exception {
        TypeInformation<T> info = TypeInformation.of(type);
        assertInstanceOf(RecordTypeInfo.class, info, "the stream's type comes from @TypeInfo, not the POJO analysis");
        TypeSerializer<T> serializer = info.createSerializer(null);
        int[] next = {1};
        T record = filled(type, next);
        DataOutputSerializer out = new DataOutputSerializer(64);
        serializer.serialize(record, out);
        T back = serializer.deserialize(new DataInputDeserializer(out.getCopyOfBuffer()));
        assertNotSame(record, back);
        assertEquals(describe(record), describe(back));
        assertEquals(describe(record), describe(serializer.copy(record)));
        // nulls where the record allows them
        T empty = type.getConstructor().newInstance();
        DataOutputSerializer emptyOut = new DataOutputSerializer(64);
        serializer.serialize(empty, emptyOut);
        assertEquals(describe(empty), describe(serializer.deserialize(
                new DataInputDeserializer(emptyOut.getCopyOfBuffer()))));
    }

    /** A record whose every public field holds a value no other field has, nested records filled likewise. */
    private static <T> T filled(Class<T> type, int[] next) throws Exception {
        T record = type.getConstructor().newInstance();
        for (Field f : fields(type)) {
            int v = next[0]++;
            Class<?> t = f.getType();
            Object value;
            if (t == String.class) {
                // every third string carries what UTF-8 cannot: a lone surrogate, as a JSON escape can
                value = "s" + v + (v % 3 == 0 ? "-\ud800" : v % 3 == 1 ? "-ế" : "-😀");
            } else if (t == long.class || t == Long.class) {
                value = 1_000_000_000_000L + v;
            } else if (t == int.class) {
                value = v;
            } else if (t == boolean.class) {
                value = v % 2 == 0;
            } else if (t == Double.class) {
                value = v + 0.25;
            } else if (t == String[].class) {
                value = new String[] {"a" + v, "b" + v};
            } else {
                value = filled(t, next);
            }
            f.set(record, value);
        }
        return record;
    }

    private static List<Field> fields(Class<?> type) {
        List<Field> fields = new ArrayList<>();
        for (Field f : type.getFields()) {
            if (!Modifier.isStatic(f.getModifiers())) {
                fields.add(f);
            }
        }
        return fields;
    }

    /** Every field by name, nested records and arrays spelled out. */
    private static String describe(Object record) throws Exception {
        if (record == null) {
            return "null";
        }
        StringBuilder out = new StringBuilder("{");
        for (Field f : fields(record.getClass())) {
            Object v = f.get(record);
            out.append(f.getName()).append('=');
            if (v instanceof String[] a) {
                out.append(java.util.Arrays.toString(a));
            } else if (v == null || v instanceof String || v instanceof Number || v instanceof Boolean) {
                out.append(v);
            } else {
                out.append(describe(v));
            }
            out.append(", ");
        }
        return out.append('}').toString();
    }
}
