package vn.ioc.parse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.apache.flink.api.common.typeutils.base.TypeSerializerSingleton;
import org.apache.flink.core.memory.DataInputDeserializer;
import org.apache.flink.core.memory.DataInputView;
import org.apache.flink.core.memory.DataOutputSerializer;
import org.apache.flink.core.memory.DataOutputView;
import org.apache.flink.types.StringValue;

/**
 * A hand-written serializer for a record that only travels between operators (never kept in keyed state, so no
 * savepoint holds it): each field written and read directly, where Flink's POJO serializer reflects on every
 * field of every record. Subclasses write {@link #serialize} and {@link #deserialize(DataInputView)} in the same
 * field order; copies go through them, which only a job without object reuse asks for.
 */
public abstract class RecordSerializer<T> extends TypeSerializerSingleton<T> {
    private static final long serialVersionUID = 1L;

    @Override
    public boolean isImmutableType() {
        return false;
    }

    @Override
    public int getLength() {
        return -1;
    }

    @Override
    public T copy(T from) {
        try {
            DataOutputSerializer out = new DataOutputSerializer(256);
            serialize(from, out);
            return deserialize(new DataInputDeserializer(out.getSharedBuffer(), 0, out.length()));
        } catch (IOException e) {
            throw new IllegalStateException("cannot copy " + from, e);
        }
    }

    @Override
    public T copy(T from, T reuse) {
        return copy(from);
    }

    @Override
    public T deserialize(T reuse, DataInputView source) throws IOException {
        return deserialize(source);
    }

    @Override
    public void copy(DataInputView source, DataOutputView target) throws IOException {
        serialize(deserialize(source), target);
    }

    /** Length that marks a null string. */
    private static final int NULL = -1;
    /** Length that marks a string written in Flink's own encoding, which keeps every UTF-16 unit as it was. */
    private static final int UTF16 = -2;

    /**
     * A string as its length and UTF-8 bytes: the JDK encodes and decodes mostly-ASCII text in bulk, where Flink's
     * own string encoding goes a character at a time, the serializers' largest cost. A string holding surrogates
     * (rare: emoji, or a lone half that a JSON escape can carry) takes Flink's encoding instead, so that it comes
     * back unchanged and hashes to the same key on both sides of a shuffle.
     */
    protected static void writeString(String s, DataOutputView out) throws IOException {
        if (s == null) {
            out.writeInt(NULL);
        } else if (hasSurrogates(s)) {
            out.writeInt(UTF16);
            StringValue.writeString(s, out);
        } else {
            byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
            out.writeInt(bytes.length);
            out.write(bytes);
        }
    }

    protected static String readString(DataInputView in) throws IOException {
        int length = in.readInt();
        if (length == NULL) {
            return null;
        }
        if (length == UTF16) {
            return StringValue.readString(in);
        }
        byte[] bytes = new byte[length];
        in.readFully(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static boolean hasSurrogates(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isSurrogate(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    protected static void writeNullableLong(Long v, DataOutputView out) throws IOException {
        out.writeBoolean(v != null);
        if (v != null) {
            out.writeLong(v);
        }
    }

    protected static Long readNullableLong(DataInputView in) throws IOException {
        return in.readBoolean() ? in.readLong() : null;
    }

    protected static void writeNullableDouble(Double v, DataOutputView out) throws IOException {
        out.writeBoolean(v != null);
        if (v != null) {
            out.writeDouble(v);
        }
    }

    protected static Double readNullableDouble(DataInputView in) throws IOException {
        return in.readBoolean() ? in.readDouble() : null;
    }

    /** An array of strings, null allowed (length -1), as are its elements. */
    protected static void writeStrings(String[] values, DataOutputView out) throws IOException {
        out.writeInt(values == null ? -1 : values.length);
        if (values != null) {
            for (String v : values) {
                writeString(v, out);
            }
        }
    }

    protected static String[] readStrings(DataInputView in) throws IOException {
        int length = in.readInt();
        if (length < 0) {
            return null;
        }
        String[] values = new String[length];
        for (int i = 0; i < length; i++) {
            values[i] = readString(in);
        }
        return values;
    }

    /** Writes whether a nested record is there; the caller writes its fields after a true. */
    protected static boolean writePresent(Object nested, DataOutputView out) throws IOException {
        out.writeBoolean(nested != null);
        return nested != null;
    }
}
