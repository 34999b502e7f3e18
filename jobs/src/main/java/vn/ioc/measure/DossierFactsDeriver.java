package vn.ioc.measure;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import vn.ioc.enrich.AgencyDirectory;
import vn.ioc.feed.DossierSnapshot;
import vn.ioc.parse.InvalidRecordException;
import vn.ioc.parse.RecordMapper;
import vn.ioc.privacy.Pseudonymizer;

/**
 * Validates a dossier snapshot and derives its facts. Required are only the fields without which the dossier
 * cannot be placed in any measure: its id, procedure, handling agency, channel, status and submission time.
 * Everything else that looks wrong is kept and flagged ({@link QualityFlag}), so that no dossier silently leaves a
 * denominator. Each part has a class of its own: {@link DossierValidation} (what is required, what the table can
 * hold), the agency catalogue (below), {@link DossierTimes}, {@link DossierApplicant} (pseudonymized) and
 * {@link DossierContents}; this class puts them together and gives the snapshot its version.
 */
public final class DossierFactsDeriver implements RecordMapper<DossierSnapshot, DossierFacts> {
    private static final long serialVersionUID = 1L;

    private final AgencyDirectory agencies;
    private final Pseudonymizer pseudonymizer;

    public DossierFactsDeriver(AgencyDirectory agencies, Pseudonymizer pseudonymizer) {
        this.agencies = agencies;
        this.pseudonymizer = pseudonymizer;
    }

    @Override
    public DossierFacts map(DossierSnapshot s) throws InvalidRecordException {
        DossierFacts f = new DossierFacts();
        List<String> flags = new ArrayList<>(2);
        DossierValidation.identify(s, f, flags);

        f.agencyLevel = agencies.level(f.agencyCode);
        f.provinceCode = agencies.province(f.agencyCode);
        f.successorAgencyCode = agencies.currentSuccessor(f.agencyCode);
        if (!agencies.contains(f.agencyCode)) {
            flags.add(QualityFlag.UNKNOWN_AGENCY);
        }

        long latestEvent = DossierTimes.derive(s, f, flags);
        DossierApplicant.derive(s, f, pseudonymizer, flags);
        DossierContents.derive(s, f, flags);
        DossierValidation.checkCounts(f);

        f.qualityFlags = flags.toArray(new String[0]);
        f.version = SnapshotOrder.version(latestEvent, f.status, contentHash(f));
        return f;
    }

    /** Stable across JVMs and runs: built from String and boxed-number hash codes, which the JDK specifies. */
    private static int contentHash(DossierFacts f) {
        return Objects.hash(f.dossierId, f.procedureCode, f.agencyCode, f.channel, f.status, f.applicantType,
                        f.applicantRef, f.submittedAt, f.receivedAt, f.dueAt, f.finishedAt, f.returnedAt, f.refusedAt,
                        f.components, f.componentsDigitized, f.componentsReusedComponent, f.componentsReusedResult,
                        f.componentsFromStore, f.eResults, f.vneidVerified, f.feeAmount, f.paymentChannel,
                        f.supplements)
                ^ Arrays.hashCode(f.databases) ^ Arrays.hashCode(f.qualityFlags);
    }
}
