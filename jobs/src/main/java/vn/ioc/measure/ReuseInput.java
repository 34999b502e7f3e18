package vn.ioc.measure;

import vn.ioc.enrich.RegistryMatch;

/** One of the three things that meet per dossier in {@link ReuseJoin}; exactly one field is set. */
public class ReuseInput {
    public DossierFacts dossier;
    public RegistryMatch match;
    public CallFacts call;

    public static ReuseInput of(DossierFacts dossier) {
        ReuseInput in = new ReuseInput();
        in.dossier = dossier;
        return in;
    }

    public static ReuseInput of(RegistryMatch match) {
        ReuseInput in = new ReuseInput();
        in.match = match;
        return in;
    }

    public static ReuseInput of(CallFacts call) {
        ReuseInput in = new ReuseInput();
        in.call = call;
        return in;
    }

    public String dossierId() {
        return dossier != null ? dossier.dossierId : match != null ? match.dossierId : call.dossierId;
    }
}
