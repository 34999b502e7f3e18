package vn.ioc.parse;

import java.io.IOException;
import org.apache.flink.api.common.typeinfo.TypeInfoFactory;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeutils.SimpleTypeSerializerSnapshot;
import org.apache.flink.api.common.typeutils.TypeSerializerSnapshot;
import org.apache.flink.core.memory.DataInputView;
import org.apache.flink.core.memory.DataOutputView;

/** A line's ledger entry on its way to the ledger's sink (one per line read), field by field. */
public final class LedgerEntrySerializer extends RecordSerializer<LedgerEntry> {
    private static final long serialVersionUID = 1L;
    public static final LedgerEntrySerializer INSTANCE = new LedgerEntrySerializer();

    @Override
    public LedgerEntry createInstance() {
        return new LedgerEntry();
    }

    @Override
    public void serialize(LedgerEntry r, DataOutputView out) throws IOException {
        writeString(r.feed, out);
        writeString(r.file, out);
        out.writeLong(r.offset);
        out.writeBoolean(r.accepted);
        out.writeInt(r.unread);
    }

    @Override
    public LedgerEntry deserialize(DataInputView in) throws IOException {
        LedgerEntry r = new LedgerEntry();
        r.feed = readString(in);
        r.file = readString(in);
        r.offset = in.readLong();
        r.accepted = in.readBoolean();
        r.unread = in.readInt();
        return r;
    }

    @Override
    public TypeSerializerSnapshot<LedgerEntry> snapshotConfiguration() {
        return new Snapshot();
    }

    /** Restores the serializer by name: the record travels between operators only, so no format is stored. */
    public static final class Snapshot extends SimpleTypeSerializerSnapshot<LedgerEntry> {
        public Snapshot() {
            super(() -> INSTANCE);
        }
    }

    /** What {@code @TypeInfo} on {@link LedgerEntry} names. */
    public static final class Factory extends TypeInfoFactory<LedgerEntry> {
        @Override
        public TypeInformation<LedgerEntry> createTypeInfo(java.lang.reflect.Type t,
                java.util.Map<String, TypeInformation<?>> genericParameters) {
            return new RecordTypeInfo<>(LedgerEntry.class, INSTANCE);
        }
    }
}
