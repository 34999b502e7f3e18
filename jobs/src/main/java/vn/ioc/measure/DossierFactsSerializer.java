package vn.ioc.measure;

import java.io.IOException;
import org.apache.flink.api.common.typeinfo.TypeInfoFactory;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeutils.SimpleTypeSerializerSnapshot;
import org.apache.flink.api.common.typeutils.TypeSerializerSnapshot;
import org.apache.flink.core.memory.DataInputView;
import org.apache.flink.core.memory.DataOutputView;
import vn.ioc.parse.RecordSerializer;
import vn.ioc.parse.RecordTypeInfo;

/** A dossier's facts between the parse, the latest-version and the reuse stages, field by field. */
public final class DossierFactsSerializer extends RecordSerializer<DossierFacts> {
    private static final long serialVersionUID = 1L;
    public static final DossierFactsSerializer INSTANCE = new DossierFactsSerializer();

    @Override
    public DossierFacts createInstance() {
        return new DossierFacts();
    }

    @Override
    public void serialize(DossierFacts r, DataOutputView out) throws IOException {
        writeString(r.dossierId, out);
        out.writeLong(r.version);
        writeString(r.provinceCode, out);
        writeString(r.agencyCode, out);
        out.writeInt(r.agencyLevel);
        writeString(r.successorAgencyCode, out);
        writeString(r.procedureCode, out);
        writeString(r.procedureName, out);
        writeString(r.fieldCode, out);
        writeString(r.fieldName, out);
        out.writeInt(r.channel);
        out.writeInt(r.applicantType);
        writeString(r.applicantRef, out);
        out.writeInt(r.status);
        out.writeLong(r.submittedAt);
        writeNullableLong(r.receivedAt, out);
        writeNullableLong(r.dueAt, out);
        writeNullableLong(r.finishedAt, out);
        writeNullableLong(r.returnedAt, out);
        writeNullableLong(r.refusedAt, out);
        out.writeInt(r.components);
        out.writeInt(r.componentsDigitized);
        out.writeInt(r.componentsReusedComponent);
        out.writeInt(r.componentsReusedResult);
        out.writeInt(r.componentsFromStore);
        out.writeBoolean(r.digitized);
        out.writeBoolean(r.reused);
        out.writeBoolean(r.fromStore);
        out.writeInt(r.eResults);
        out.writeBoolean(r.eResult);
        out.writeBoolean(r.vneidVerified);
        out.writeBoolean(r.populationData);
        writeStrings(r.databases, out);
        out.writeBoolean(r.feeBearing);
        out.writeLong(r.feeAmount);
        out.writeBoolean(r.paidOnline);
        out.writeInt(r.paymentChannel);
        writeString(r.timeliness, out);
        writeNullableDouble(r.processingHours, out);
        out.writeInt(r.supplements);
        writeStrings(r.qualityFlags, out);
        writeStrings(r.paperDocuments, out);
    }

    @Override
    public DossierFacts deserialize(DataInputView in) throws IOException {
        DossierFacts r = new DossierFacts();
        r.dossierId = readString(in);
        r.version = in.readLong();
        r.provinceCode = readString(in);
        r.agencyCode = readString(in);
        r.agencyLevel = in.readInt();
        r.successorAgencyCode = readString(in);
        r.procedureCode = readString(in);
        r.procedureName = readString(in);
        r.fieldCode = readString(in);
        r.fieldName = readString(in);
        r.channel = in.readInt();
        r.applicantType = in.readInt();
        r.applicantRef = readString(in);
        r.status = in.readInt();
        r.submittedAt = in.readLong();
        r.receivedAt = readNullableLong(in);
        r.dueAt = readNullableLong(in);
        r.finishedAt = readNullableLong(in);
        r.returnedAt = readNullableLong(in);
        r.refusedAt = readNullableLong(in);
        r.components = in.readInt();
        r.componentsDigitized = in.readInt();
        r.componentsReusedComponent = in.readInt();
        r.componentsReusedResult = in.readInt();
        r.componentsFromStore = in.readInt();
        r.digitized = in.readBoolean();
        r.reused = in.readBoolean();
        r.fromStore = in.readBoolean();
        r.eResults = in.readInt();
        r.eResult = in.readBoolean();
        r.vneidVerified = in.readBoolean();
        r.populationData = in.readBoolean();
        r.databases = readStrings(in);
        r.feeBearing = in.readBoolean();
        r.feeAmount = in.readLong();
        r.paidOnline = in.readBoolean();
        r.paymentChannel = in.readInt();
        r.timeliness = readString(in);
        r.processingHours = readNullableDouble(in);
        r.supplements = in.readInt();
        r.qualityFlags = readStrings(in);
        r.paperDocuments = readStrings(in);
        return r;
    }

    @Override
    public TypeSerializerSnapshot<DossierFacts> snapshotConfiguration() {
        return new Snapshot();
    }

    /** Restores the serializer by name: the record travels between operators only, so no format is stored. */
    public static final class Snapshot extends SimpleTypeSerializerSnapshot<DossierFacts> {
        public Snapshot() {
            super(() -> INSTANCE);
        }
    }

    /** What {@code @TypeInfo} on {@link DossierFacts} names. */
    public static final class Factory extends TypeInfoFactory<DossierFacts> {
        @Override
        public TypeInformation<DossierFacts> createTypeInfo(java.lang.reflect.Type t,
                java.util.Map<String, TypeInformation<?>> genericParameters) {
            return new RecordTypeInfo<>(DossierFacts.class, INSTANCE);
        }
    }
}
