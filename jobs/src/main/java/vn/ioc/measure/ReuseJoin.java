package vn.ioc.measure;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.MapState;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;
import vn.ioc.enrich.ProcedureCatalogue;
import vn.ioc.enrich.RegistryMatch;

/**
 * Meets, per dossier, its latest snapshot, what each registry knows of its applicant, and the calls made for it;
 * whatever arrives, in whatever order, the dossier's reuse row is derived again from all of it and sent when it
 * changed. Calls that come before their dossier wait in state until it arrives.
 */
public final class ReuseJoin extends KeyedProcessFunction<String, ReuseInput, ReuseFacts> {
    private static final long serialVersionUID = 1L;

    private final ProcedureCatalogue catalogue;
    private transient ValueState<DossierFacts> dossier;
    private transient MapState<String, RegistryMatch> matches;
    private transient MapState<String, CallFacts> calls;
    private transient ValueState<Integer> lastSent;

    public ReuseJoin(ProcedureCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @Override
    public void open(OpenContext openContext) {
        dossier = getRuntimeContext().getState(
                new ValueStateDescriptor<>("reuse-dossier", Types.POJO(DossierFacts.class)));
        matches = getRuntimeContext().getMapState(
                new MapStateDescriptor<>("reuse-registry-matches", Types.STRING, Types.POJO(RegistryMatch.class)));
        calls = getRuntimeContext().getMapState(
                new MapStateDescriptor<>("reuse-calls", Types.STRING, Types.POJO(CallFacts.class)));
        lastSent = getRuntimeContext().getState(new ValueStateDescriptor<>("reuse-last-sent", Types.INT));
    }

    @Override
    public void processElement(ReuseInput in, Context ctx, Collector<ReuseFacts> out) throws Exception {
        if (in.dossier != null) {
            DossierFacts known = dossier.value();
            if (known != null && known.version >= in.dossier.version) {
                return;
            }
            dossier.update(in.dossier);
        } else if (in.match != null) {
            matches.put(in.match.registry, in.match);
        } else {
            calls.put(in.call.callId, in.call);
        }
        DossierFacts d = dossier.value();
        if (d == null) {
            return;
        }
        List<RegistryMatch> knownMatches = new ArrayList<>();
        matches.values().forEach(knownMatches::add);
        List<CallFacts> knownCalls = new ArrayList<>();
        calls.values().forEach(knownCalls::add);
        ReuseFacts facts = ReuseDeriver.derive(d, knownMatches, knownCalls, catalogue);
        int fingerprint = fingerprint(facts);
        if (!Objects.equals(lastSent.value(), fingerprint)) {
            lastSent.update(fingerprint);
            out.collect(facts);
        }
    }

    private static int fingerprint(ReuseFacts f) {
        return Objects.hash(f.version, Arrays.hashCode(f.declared), Arrays.hashCode(f.observed),
                Arrays.hashCode(f.observedMatched), Arrays.hashCode(f.registriesFound), Arrays.hashCode(f.possible),
                Arrays.hashCode(f.missed), f.missedComponents, f.calls, f.callErrors, f.callsNotFound, f.maxLatencyMs,
                Arrays.hashCode(f.findings));
    }
}
