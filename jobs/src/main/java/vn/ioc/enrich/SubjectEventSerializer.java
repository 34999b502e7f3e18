package vn.ioc.enrich;

import java.io.IOException;
import org.apache.flink.api.common.typeinfo.TypeInfoFactory;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeutils.SimpleTypeSerializerSnapshot;
import org.apache.flink.api.common.typeutils.TypeSerializerSnapshot;
import org.apache.flink.core.memory.DataInputView;
import org.apache.flink.core.memory.DataOutputView;
import vn.ioc.parse.RecordSerializer;
import vn.ioc.parse.RecordTypeInfo;

/** A dossier or registry record on its way to the registry join, keyed by subject, field by field. */
public final class SubjectEventSerializer extends RecordSerializer<SubjectEvent> {
    private static final long serialVersionUID = 1L;
    public static final SubjectEventSerializer INSTANCE = new SubjectEventSerializer();

    @Override
    public SubjectEvent createInstance() {
        return new SubjectEvent();
    }

    @Override
    public void serialize(SubjectEvent r, DataOutputView out) throws IOException {
        writeString(r.subject, out);
        writeString(r.dossierId, out);
        out.writeInt(r.applicantType);
        out.writeBoolean(r.ended);
        if (writePresent(r.record, out)) {
            writeString(r.record.registry, out);
            writeString(r.record.keyRef, out);
            writeString(r.record.linkedRef, out);
            out.writeInt(r.record.status);
            out.writeLong(r.record.since);
            writeString(r.record.province, out);
            writeString(r.record.commune, out);
            out.writeLong(r.record.updatedAt);
            out.writeBoolean(r.record.deleted);
            writeStrings(r.record.qualityFlags, out);
        }
    }

    @Override
    public SubjectEvent deserialize(DataInputView in) throws IOException {
        SubjectEvent r = new SubjectEvent();
        r.subject = readString(in);
        r.dossierId = readString(in);
        r.applicantType = in.readInt();
        r.ended = in.readBoolean();
        if (in.readBoolean()) {
            r.record = new RegistryRow();
            r.record.registry = readString(in);
            r.record.keyRef = readString(in);
            r.record.linkedRef = readString(in);
            r.record.status = in.readInt();
            r.record.since = in.readLong();
            r.record.province = readString(in);
            r.record.commune = readString(in);
            r.record.updatedAt = in.readLong();
            r.record.deleted = in.readBoolean();
            r.record.qualityFlags = readStrings(in);
        }
        return r;
    }

    @Override
    public TypeSerializerSnapshot<SubjectEvent> snapshotConfiguration() {
        return new Snapshot();
    }

    /** Restores the serializer by name: the record travels between operators only, so no format is stored. */
    public static final class Snapshot extends SimpleTypeSerializerSnapshot<SubjectEvent> {
        public Snapshot() {
            super(() -> INSTANCE);
        }
    }

    /** What {@code @TypeInfo} on {@link SubjectEvent} names. */
    public static final class Factory extends TypeInfoFactory<SubjectEvent> {
        @Override
        public TypeInformation<SubjectEvent> createTypeInfo(java.lang.reflect.Type t,
                java.util.Map<String, TypeInformation<?>> genericParameters) {
            return new RecordTypeInfo<>(SubjectEvent.class, INSTANCE);
        }
    }
}
