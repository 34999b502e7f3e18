package vn.ioc.measure;

import org.apache.flink.api.common.functions.ReduceFunction;

/**
 * A bounded run's {@link LatestVersionFilter}: of a dossier's snapshots the one with the highest version, in any
 * order. As a keyed reduce in Flink's BATCH runtime mode it sends only its final result per dossier, so a backfill
 * derives and writes each dossier's row once instead of once per snapshot.
 */
public final class NewestVersion implements ReduceFunction<DossierFacts> {
    private static final long serialVersionUID = 1L;

    @Override
    public DossierFacts reduce(DossierFacts kept, DossierFacts next) {
        return next.version > kept.version ? next : kept;
    }
}
