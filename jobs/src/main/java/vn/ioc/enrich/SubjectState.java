package vn.ioc.enrich;

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

    /** Records the dossier; false when it was already known with the same applicant type. */
    boolean addDossier(String dossierId, int applicantType) {
        for (int i = 0; i < dossierIds.length; i++) {
            if (dossierIds[i].equals(dossierId)) {
                boolean changed = applicantTypes[i] != applicantType;
                applicantTypes[i] = applicantType;
                return changed;
            }
        }
        dossierIds = java.util.Arrays.copyOf(dossierIds, dossierIds.length + 1);
        applicantTypes = java.util.Arrays.copyOf(applicantTypes, applicantTypes.length + 1);
        dossierIds[dossierIds.length - 1] = dossierId;
        applicantTypes[applicantTypes.length - 1] = applicantType;
        return true;
    }
}
