package vn.ioc.enrich;

import org.apache.flink.streaming.api.functions.co.BroadcastProcessFunction;
import org.apache.flink.util.Collector;

/**
 * A bounded run's {@link AgencyEnrichment}: Flink's BATCH runtime mode reads a broadcast input whole before the
 * other input, so every row meets the final catalogue and is enriched once, with nothing held and no shuffle by key.
 */
public final class CatalogueEnrichment<T> extends BroadcastProcessFunction<T, AgencyBatch, T> {
    private static final long serialVersionUID = 1L;

    private final AgencyEnricher<T> enricher;
    private final AgencyCatalogue catalogue;

    /** @param initial the catalogue the job was built with, under what the agencies feed broadcasts */
    public CatalogueEnrichment(AgencyEnricher<T> enricher, AgencyDirectory initial) {
        this.enricher = enricher;
        this.catalogue = new AgencyCatalogue(initial);
    }

    @Override
    public void processElement(T row, ReadOnlyContext ctx, Collector<T> out) throws Exception {
        enricher.enrich(row, catalogue.directory(ctx.getBroadcastState(AgencyCatalogue.STATE)));
        out.collect(row);
    }

    @Override
    public void processBroadcastElement(AgencyBatch agencies, Context ctx, Collector<T> out) throws Exception {
        catalogue.put(ctx.getBroadcastState(AgencyCatalogue.STATE), agencies.rows);
    }
}
