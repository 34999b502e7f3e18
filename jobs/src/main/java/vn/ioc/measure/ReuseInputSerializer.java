package vn.ioc.measure;

import java.io.IOException;
import org.apache.flink.api.common.typeinfo.TypeInfoFactory;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeutils.SimpleTypeSerializerSnapshot;
import org.apache.flink.api.common.typeutils.TypeSerializerSnapshot;
import org.apache.flink.core.memory.DataInputView;
import org.apache.flink.core.memory.DataOutputView;
import vn.ioc.enrich.RegistryMatch;
import vn.ioc.parse.RecordSerializer;
import vn.ioc.parse.RecordTypeInfo;

/** A dossier, registry match or call on its way to the reuse join, keyed by dossier, field by field. */
public final class ReuseInputSerializer extends RecordSerializer<ReuseInput> {
    private static final long serialVersionUID = 1L;
    public static final ReuseInputSerializer INSTANCE = new ReuseInputSerializer();

    @Override
    public ReuseInput createInstance() {
        return new ReuseInput();
    }

    @Override
    public void serialize(ReuseInput r, DataOutputView out) throws IOException {
        writeString(r.dossierId, out);
        if (writePresent(r.dossier, out)) {
            writeString(r.dossier.dossierId, out);
            out.writeLong(r.dossier.version);
            writeString(r.dossier.provinceCode, out);
            writeString(r.dossier.agencyCode, out);
            out.writeInt(r.dossier.agencyLevel);
            writeString(r.dossier.successorAgencyCode, out);
            writeString(r.dossier.procedureCode, out);
            out.writeLong(r.dossier.submittedAt);
            out.writeInt(r.dossier.applicantType);
            writeStrings(r.dossier.databases, out);
            out.writeBoolean(r.dossier.vneidVerified);
            writeStrings(r.dossier.paperDocuments, out);
            out.writeBoolean(r.dossier.ended);
        }
        if (writePresent(r.match, out)) {
            writeString(r.match.dossierId, out);
            writeString(r.match.registry, out);
            out.writeBoolean(r.match.found);
            out.writeInt(r.match.status);
            out.writeLong(r.match.since);
            out.writeLong(r.match.updatedAt);
        }
        if (writePresent(r.call, out)) {
            writeString(r.call.callId, out);
            writeString(r.call.database, out);
            out.writeInt(r.call.outcome);
            out.writeInt(r.call.latencyMs);
        }
    }

    @Override
    public ReuseInput deserialize(DataInputView in) throws IOException {
        ReuseInput r = new ReuseInput();
        r.dossierId = readString(in);
        if (in.readBoolean()) {
            r.dossier = new ReuseDossier();
            r.dossier.dossierId = readString(in);
            r.dossier.version = in.readLong();
            r.dossier.provinceCode = readString(in);
            r.dossier.agencyCode = readString(in);
            r.dossier.agencyLevel = in.readInt();
            r.dossier.successorAgencyCode = readString(in);
            r.dossier.procedureCode = readString(in);
            r.dossier.submittedAt = in.readLong();
            r.dossier.applicantType = in.readInt();
            r.dossier.databases = readStrings(in);
            r.dossier.vneidVerified = in.readBoolean();
            r.dossier.paperDocuments = readStrings(in);
            r.dossier.ended = in.readBoolean();
        }
        if (in.readBoolean()) {
            r.match = new RegistryMatch();
            r.match.dossierId = readString(in);
            r.match.registry = readString(in);
            r.match.found = in.readBoolean();
            r.match.status = in.readInt();
            r.match.since = in.readLong();
            r.match.updatedAt = in.readLong();
        }
        if (in.readBoolean()) {
            r.call = new ReuseCall();
            r.call.callId = readString(in);
            r.call.database = readString(in);
            r.call.outcome = in.readInt();
            r.call.latencyMs = in.readInt();
        }
        return r;
    }

    @Override
    public TypeSerializerSnapshot<ReuseInput> snapshotConfiguration() {
        return new Snapshot();
    }

    /** Restores the serializer by name: the record travels between operators only, so no format is stored. */
    public static final class Snapshot extends SimpleTypeSerializerSnapshot<ReuseInput> {
        public Snapshot() {
            super(() -> INSTANCE);
        }
    }

    /** What {@code @TypeInfo} on {@link ReuseInput} names. */
    public static final class Factory extends TypeInfoFactory<ReuseInput> {
        @Override
        public TypeInformation<ReuseInput> createTypeInfo(java.lang.reflect.Type t,
                java.util.Map<String, TypeInformation<?>> genericParameters) {
            return new RecordTypeInfo<>(ReuseInput.class, INSTANCE);
        }
    }
}
