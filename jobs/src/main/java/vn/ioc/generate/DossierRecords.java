package vn.ioc.generate;

import java.io.IOException;
import java.util.SplittableRandom;
import vn.ioc.feed.DossierSnapshot;
import vn.ioc.feed.ExchangeCall;
import vn.ioc.feed.Feed;
import vn.ioc.feed.ProcessingStep;

/**
 * A {@link Delivery} that gathers each dossier's records and hands them over whole when the dossier is done: the
 * generator's output without JSON and without delivery order, for whoever derives rows from it directly. Of a
 * dossier's snapshots it keeps what a backfill leaves in the warehouse before merges: the latest and, for three
 * dossiers in four, one earlier snapshot (1.75 versions per dossier); the others are never built.
 */
final class DossierRecords implements Delivery {
    private final GeneratedDossier current = new GeneratedDossier();
    private final GeneratedDossier.Sink sink;
    private final SplittableRandom versions;
    private int earlier;

    DossierRecords(GeneratedDossier.Sink sink, SplittableRandom versions) {
        this.sink = sink;
        this.versions = versions;
    }

    @Override
    public void startDossier(long submittedAt) {
        current.clear();
    }

    @Override
    public boolean wantsSnapshot(int k, int count) {
        if (k == 0) {
            earlier = count > 1 && versions.nextInt(4) > 0 ? versions.nextInt(count - 1) : -1;
        }
        return k == count - 1 || k == earlier;
    }

    @Override
    public void add(long deliverAt, Feed feed, Object record) {
        switch (feed) {
            case DOSSIER_SYNC -> {
                // a duplicated delivery hands over the same snapshot again
                int n = current.snapshots.size();
                if (n == 0 || current.snapshots.get(n - 1) != record) {
                    current.snapshots.add((DossierSnapshot) record);
                }
            }
            case PROCESSING_LOG -> {
                int n = current.steps.size();
                if (n > 0 && current.steps.get(n - 1) == record) {
                    current.repeatedSteps.add((ProcessingStep) record);
                } else {
                    current.steps.add((ProcessingStep) record);
                }
            }
            case EXCHANGE_LOG -> current.calls.add((ExchangeCall) record);
            default -> throw new IllegalArgumentException("a dossier has no " + feed + " records");
        }
    }

    @Override
    public void endDossier(Plan plan) throws IOException {
        current.applicantRegistered = plan.applicantRegistered;
        current.insured = plan.insuranceCode != null;
        sink.accept(current);
    }
}
