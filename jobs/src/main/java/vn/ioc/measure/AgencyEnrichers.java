package vn.ioc.measure;

import vn.ioc.enrich.AgencyDirectory;
import vn.ioc.enrich.AgencyEnricher;

/** The facts whose columns come from the agency catalogue, as {@link vn.ioc.enrich.AgencyEnrichment} sees them. */
public final class AgencyEnrichers {
    private AgencyEnrichers() {}

    /** A dossier's level, province and successor; its state goes once it has ended (and the horizon passed). */
    public static final class Dossiers implements AgencyEnricher<DossierFacts> {
        private static final long serialVersionUID = 1L;

        @Override
        public String agencyCode(DossierFacts row) {
            return row.agencyCode;
        }

        @Override
        public boolean enrich(DossierFacts row, AgencyDirectory agencies) {
            return DossierFactsDeriver.enrich(row, agencies);
        }

        @Override
        public boolean releasable(DossierFacts row) {
            return row.ended();
        }
    }

    /** A step's province (how it reaches its province's database); steps are final, so always releasable. */
    public static final class Steps implements AgencyEnricher<StepFacts> {
        private static final long serialVersionUID = 1L;

        @Override
        public String agencyCode(StepFacts row) {
            return row.agencyCode;
        }

        @Override
        public boolean enrich(StepFacts row, AgencyDirectory agencies) {
            return StepFactsDeriver.enrich(row, agencies);
        }

        @Override
        public boolean releasable(StepFacts row) {
            return true;
        }
    }

    /** A call's province, from its calling agency; calls are final, so always releasable. */
    public static final class Calls implements AgencyEnricher<CallFacts> {
        private static final long serialVersionUID = 1L;

        @Override
        public String agencyCode(CallFacts row) {
            return row.callerAgency;
        }

        @Override
        public boolean enrich(CallFacts row, AgencyDirectory agencies) {
            return CallFactsDeriver.enrich(row, agencies);
        }

        @Override
        public boolean releasable(CallFacts row) {
            return true;
        }
    }
}
