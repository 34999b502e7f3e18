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
 * hold), the agency catalogue ({@link #enrich}, applied again when the catalogue changes), {@link DossierTimes},
 * {@link DossierApplicant} (pseudonymized) and {@link DossierContents}; this class puts them together and gives the
 * snapshot its version.
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

        long latestEvent = DossierTimes.derive(s, f, flags);
        DossierApplicant.derive(s, f, pseudonymizer, flags);
        DossierContents.derive(s, f, flags);
        DossierValidation.checkCounts(f);

        f.qualityFlags = flags.toArray(new String[0]);
        // before the catalogue: a snapshot's version is the same whatever the catalogue said when it was derived
        f.version = SnapshotOrder.version(latestEvent, f.status, contentHash(f));
        enrich(f, agencies);
        return f;
    }

    /**
     * Sets what the dossier owes to the agency catalogue: its agency's level, province and current successor, and
     * the UNKNOWN_AGENCY finding (first among the findings) while the catalogue does not know the agency. Says
     * whether any of it changed. The version is left alone: a catalogue change does not make a newer snapshot.
     */
    public static boolean enrich(DossierFacts f, AgencyDirectory agencies) {
        int level = agencies.level(f.agencyCode);
        String province = agencies.province(f.agencyCode);
        String successor = agencies.currentSuccessor(f.agencyCode);
        boolean unknown = !agencies.contains(f.agencyCode);
        boolean flagged = f.qualityFlags.length > 0 && f.qualityFlags[0].equals(QualityFlag.UNKNOWN_AGENCY);
        boolean changed = level != f.agencyLevel || !province.equals(f.provinceCode)
                || !successor.equals(f.successorAgencyCode) || unknown != flagged;
        f.agencyLevel = level;
        f.provinceCode = province;
        f.successorAgencyCode = successor;
        if (unknown && !flagged) {
            String[] flags = new String[f.qualityFlags.length + 1];
            flags[0] = QualityFlag.UNKNOWN_AGENCY;
            System.arraycopy(f.qualityFlags, 0, flags, 1, f.qualityFlags.length);
            f.qualityFlags = flags;
        } else if (!unknown && flagged) {
            f.qualityFlags = Arrays.copyOfRange(f.qualityFlags, 1, f.qualityFlags.length);
        }
        return changed;
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
