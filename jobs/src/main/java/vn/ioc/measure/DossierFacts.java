package vn.ioc.measure;

import org.apache.flink.api.common.typeinfo.TypeInfo;

/**
 * One version of one dossier as a flat row: what the wide table {@code dossier_facts} holds. Times are epoch
 * seconds; nullable ones are boxed. Between operators it travels by its own serializer (DossierFactsSerializer).
 */
@TypeInfo(DossierFactsSerializer.Factory.class)
public class DossierFacts {
    public String dossierId;
    /** Orders the versions of a dossier by its own lifecycle; see {@link SnapshotOrder}. */
    public long version;
    public String provinceCode;
    public String agencyCode;
    public int agencyLevel;
    public String successorAgencyCode;
    public String procedureCode;
    public String procedureName;
    public String fieldCode;
    public String fieldName;
    public int channel;
    public int applicantType;
    public String applicantRef;
    public int status;
    public long submittedAt;
    public Long receivedAt;
    public Long dueAt;
    public Long finishedAt;
    public Long returnedAt;
    public Long refusedAt;
    public int components;
    public int componentsDigitized;
    public int componentsReusedComponent;
    public int componentsReusedResult;
    public int componentsFromStore;
    public boolean digitized;
    public boolean reused;
    public boolean fromStore;
    public int eResults;
    public boolean eResult;
    public boolean vneidVerified;
    public boolean populationData;
    public String[] databases;
    public boolean feeBearing;
    public long feeAmount;
    public boolean paidOnline;
    public int paymentChannel;
    public String timeliness;

    /** Whether the dossier has ended: finished, refused, withdrawn or stopped. */
    public boolean ended() {
        return !Timeliness.OPEN.equals(timeliness);
    }
    public Double processingHours;
    public int supplements;
    public String[] qualityFlags;
    /**
     * Document codes (MaThanhPhanHoSo) of the components submitted on paper: neither reused nor taken from the
     * DVCQG store. Not stored in dossier_facts; the reuse join needs it to find missed reuse.
     */
    public String[] paperDocuments;
}
