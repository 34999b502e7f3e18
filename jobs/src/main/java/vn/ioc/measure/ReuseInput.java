package vn.ioc.measure;

import org.apache.flink.api.common.typeinfo.TypeInfo;
import vn.ioc.enrich.RegistryMatch;

/** One of the three things that meet per dossier in {@link ReuseJoin}; exactly one of them is set. */
@TypeInfo(ReuseInputSerializer.Factory.class)
public class ReuseInput {
    public String dossierId;
    public ReuseDossier dossier;
    public RegistryMatch match;
    public ReuseCall call;

    public static ReuseInput of(DossierFacts dossier) {
        ReuseInput in = new ReuseInput();
        in.dossierId = dossier.dossierId;
        in.dossier = ReuseDossier.of(dossier);
        return in;
    }

    public static ReuseInput of(RegistryMatch match) {
        ReuseInput in = new ReuseInput();
        in.dossierId = match.dossierId;
        in.match = match;
        return in;
    }

    public static ReuseInput of(CallFacts call) {
        ReuseInput in = new ReuseInput();
        in.dossierId = call.dossierId;
        in.call = ReuseCall.of(call);
        return in;
    }

    public String dossierId() {
        return dossierId;
    }
}
