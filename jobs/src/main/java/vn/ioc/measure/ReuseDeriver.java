package vn.ioc.measure;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import vn.ioc.enrich.ProcedureCatalogue;
import vn.ioc.enrich.RegistryJoin;
import vn.ioc.enrich.RegistryMatch;
import vn.ioc.feed.Codes;
import vn.ioc.feed.VietnamTime;

/**
 * Derives the three views of reuse and the join findings of one dossier from everything known about it: its latest
 * snapshot, the latest match of each registry, and the calls attributed to it. A pure function of that state, so
 * the row is the same whatever order the inputs arrived in.
 */
public final class ReuseDeriver {
    private static final int MATCHED = 1;
    private static final int NOT_FOUND = 3;
    private static final int ERROR = 4;
    private static final int OPERATING = 1;
    private static final Map<String, String> DATABASE_OF = Map.of(
            RegistryJoin.POPULATION, Codes.DB_POPULATION,
            RegistryJoin.BUSINESS, Codes.DB_BUSINESS,
            RegistryJoin.INSURANCE, Codes.DB_INSURANCE);
    /** Databases whose use is declared by MaCSDL and can be seen in the exchange log. */
    private static final Set<String> EXCHANGED = Set.of(Codes.DB_POPULATION, Codes.DB_BUSINESS, Codes.DB_INSURANCE);

    private ReuseDeriver() {}

    public static ReuseFacts derive(ReuseDossier d, Collection<RegistryMatch> matches, Collection<ReuseCall> calls,
            ProcedureCatalogue catalogue) {
        ReuseFacts r = new ReuseFacts();
        r.dossierId = d.dossierId;
        // the dossier's lifecycle order, then how much is known of it: a revision that adds a registry match or a
        // call gets a higher version; the final row's version does not depend on the order of arrival
        long known = 1 + calls.size() + matches.stream().mapToLong(m -> m.found ? 2 : 1).sum();
        r.version = SnapshotOrder.derived(d.version, known);
        r.provinceCode = d.provinceCode;
        r.agencyCode = d.agencyCode;
        r.agencyLevel = d.agencyLevel;
        r.successorAgencyCode = d.successorAgencyCode;
        r.procedureCode = d.procedureCode;
        r.submittedAt = d.submittedAt;
        r.applicantType = d.applicantType;

        TreeSet<String> listed = new TreeSet<>(java.util.Arrays.asList(d.databases));
        TreeSet<String> declared = new TreeSet<>(listed);
        if (d.vneidVerified) {
            // a VNeID-verified account declares the population database's data as well as MaCSDL does
            declared.add(Codes.DB_POPULATION);
        }
        TreeSet<String> observed = new TreeSet<>();
        TreeSet<String> matched = new TreeSet<>();
        for (ReuseCall c : calls) {
            observed.add(c.database);
            if (c.outcome == MATCHED) {
                matched.add(c.database);
            }
            r.callErrors += c.outcome == ERROR ? 1 : 0;
            r.callsNotFound += c.outcome == NOT_FOUND ? 1 : 0;
            r.maxLatencyMs = Math.max(r.maxLatencyMs, c.latencyMs);
        }
        r.calls = calls.size();

        TreeSet<String> findings = new TreeSet<>();
        TreeSet<String> found = new TreeSet<>();
        for (RegistryMatch m : matches) {
            String db = DATABASE_OF.get(m.registry);
            if (m.found) {
                found.add(db);
            }
            boolean decisive = m.registry.equals(RegistryJoin.POPULATION) && d.applicantType == Codes.APPLICANT_CITIZEN
                    || m.registry.equals(RegistryJoin.BUSINESS) && d.applicantType == Codes.APPLICANT_ENTERPRISE;
            if (decisive && !m.found) {
                findings.add(QualityFlag.APPLICANT_NOT_IN_REGISTRY);
            }
            if (m.registry.equals(RegistryJoin.BUSINESS) && m.found && !activeAt(m, d.submittedAt)) {
                findings.add(QualityFlag.ENTERPRISE_NOT_ACTIVE);
            }
        }
        for (String db : listed) {
            if (EXCHANGED.contains(db) && !observed.contains(db)) {
                findings.add(QualityFlag.DECLARED_WITHOUT_CALL);
            }
        }
        for (String db : observed) {
            if (!declared.contains(db)) {
                findings.add(QualityFlag.CALL_WITHOUT_DECLARATION);
            }
        }

        TreeSet<String> possible = new TreeSet<>();
        TreeSet<String> missed = new TreeSet<>();
        for (String by : catalogue.replaceableBy(d.procedureCode)) {
            // an earlier result can exist only for someone the population database knows
            boolean holderKnown = ProcedureCatalogue.EARLIER_RESULT.equals(by) ? found.contains(Codes.DB_POPULATION)
                    : found.contains(by);
            if (holderKnown) {
                possible.add(by);
            }
        }
        for (String document : d.paperDocuments) {
            String by = catalogue.replacement(d.procedureCode, document);
            if (by != null && possible.contains(by) && !declared.contains(by) && !observed.contains(by)) {
                missed.add(by);
                r.missedComponents++;
            }
        }

        r.declared = declared.toArray(new String[0]);
        r.observed = observed.toArray(new String[0]);
        r.observedMatched = matched.toArray(new String[0]);
        r.registriesFound = found.toArray(new String[0]);
        r.possible = possible.toArray(new String[0]);
        r.missed = missed.toArray(new String[0]);
        r.findings = findings.toArray(new String[0]);
        return r;
    }

    /**
     * Operating at submission: founded by then, and not recorded as closed or suspended before it (a later change of
     * status says nothing of the day of submission).
     */
    private static boolean activeAt(RegistryMatch m, long submittedAt) {
        LocalDate submitted = LocalDate.ofInstant(Instant.ofEpochSecond(submittedAt), VietnamTime.OFFSET);
        if (m.since > submitted.toEpochDay()) {
            return false;
        }
        return m.status == OPERATING || m.updatedAt > submittedAt;
    }
}
