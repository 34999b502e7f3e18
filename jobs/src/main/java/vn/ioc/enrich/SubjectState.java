package vn.ioc.enrich;

import java.util.Arrays;

/**
 * Everything {@link RegistryJoin} keeps about one subject, in one value: the latest record of each registry and
 * the dossiers it applied with. One state read and at most one write per event: with tens of millions of subjects
 * on RocksDB, every extra lookup or iterator is what limits throughput.
 */
public class SubjectState {
    public RegistryRow population;
    public RegistryRow business;
    public RegistryRow insurance;
    public String[] dossierIds = new String[0];
    public int[] applicantTypes = new int[0];
    /** Per dossier, when it is forgotten (processing time, ms), or 0 while it is open. */
    public long[] releaseAt = new long[0];

    RegistryRow record(String registry) {
        return switch (registry) {
            case RegistryJoin.POPULATION -> population;
            case RegistryJoin.BUSINESS -> business;
            case RegistryJoin.INSURANCE -> insurance;
            default -> null;
        };
    }

    void setRecord(RegistryRow record) {
        switch (record.registry) {
            case RegistryJoin.POPULATION -> population = record;
            case RegistryJoin.BUSINESS -> business = record;
            case RegistryJoin.INSURANCE -> insurance = record;
            default -> throw new IllegalArgumentException("unknown registry " + record.registry);
        }
    }

    /**
     * Records the dossier, to be forgotten at {@code releaseAt} once it has ended (0 while open; an ended dossier
     * keeps the time it was first seen ended). False when nothing changed.
     */
    boolean addDossier(String dossierId, int applicantType, long releaseAt) {
        if (this.releaseAt.length < dossierIds.length) {
            // state written before release times were kept: every dossier in it counts as open
            this.releaseAt = Arrays.copyOf(this.releaseAt, dossierIds.length);
        }
        for (int i = 0; i < dossierIds.length; i++) {
            if (dossierIds[i].equals(dossierId)) {
                long release = releaseAt == 0 ? 0 : this.releaseAt[i] != 0 ? this.releaseAt[i] : releaseAt;
                boolean changed = applicantTypes[i] != applicantType || this.releaseAt[i] != release;
                applicantTypes[i] = applicantType;
                this.releaseAt[i] = release;
                return changed;
            }
        }
        dossierIds = Arrays.copyOf(dossierIds, dossierIds.length + 1);
        applicantTypes = Arrays.copyOf(applicantTypes, applicantTypes.length + 1);
        this.releaseAt = Arrays.copyOf(this.releaseAt, this.releaseAt.length + 1);
        dossierIds[dossierIds.length - 1] = dossierId;
        applicantTypes[applicantTypes.length - 1] = applicantType;
        this.releaseAt[this.releaseAt.length - 1] = releaseAt;
        return true;
    }

    /** Forgets the ended dossiers whose time has come; true when the subject keeps nothing at all. */
    boolean release(long now) {
        int kept = 0;
        for (int i = 0; i < dossierIds.length; i++) {
            if (i >= releaseAt.length || releaseAt[i] == 0 || releaseAt[i] > now) {
                dossierIds[kept] = dossierIds[i];
                applicantTypes[kept] = applicantTypes[i];
                releaseAt[kept] = i < releaseAt.length ? releaseAt[i] : 0;
                kept++;
            }
        }
        dossierIds = Arrays.copyOf(dossierIds, kept);
        applicantTypes = Arrays.copyOf(applicantTypes, kept);
        releaseAt = Arrays.copyOf(releaseAt, kept);
        return kept == 0 && population == null && business == null && insurance == null;
    }
}
