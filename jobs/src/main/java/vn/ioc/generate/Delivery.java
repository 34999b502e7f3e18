package vn.ioc.generate;

import java.io.IOException;
import vn.ioc.feed.Feed;

/**
 * Where a dossier's generated records go: into feed files in delivery order ({@link DeliveryBuffer}), or straight
 * to the pipeline's own derivations without JSON ({@link DossierRecords}).
 */
interface Delivery {
    /**
     * A dossier submitted at {@code submittedAt} (epoch seconds) follows; dossiers come in submission order and
     * nothing of theirs is delivered before they are submitted.
     */
    void startDossier(long submittedAt) throws IOException;

    /**
     * Whether the {@code k}-th of the {@code count} snapshots of the current dossier is wanted: building a snapshot
     * is most of the generator's work, and a consumer of rows may need only some of them.
     */
    boolean wantsSnapshot(int k, int count);

    /** One record of a feed, due to arrive at {@code deliverAt} (epoch seconds). */
    void add(long deliverAt, Feed feed, Object record) throws IOException;

    /** Every record of this dossier has been added. */
    void endDossier(Plan plan) throws IOException;
}
