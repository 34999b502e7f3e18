package vn.ioc.generate;

import java.io.IOException;
import java.util.EnumMap;
import java.util.Map;
import java.util.PriorityQueue;
import vn.ioc.feed.Feed;

/**
 * Puts generated lines into their files in delivery order, which is not event order: a line waits here until no
 * dossier still to be generated can deliver earlier. Dossiers are generated in submission order and nothing is
 * delivered before its dossier is submitted, so everything due up to the current submission time can be written.
 */
final class DeliveryBuffer implements Delivery {
    private record Pending(long deliverAt, long seq, Feed feed, byte[] line) {}

    private final PriorityQueue<Pending> queue = new PriorityQueue<>((a, b) -> a.deliverAt != b.deliverAt
            ? Long.compare(a.deliverAt, b.deliverAt) : Long.compare(a.seq, b.seq));
    private final Map<Feed, FeedWriter> writers = new EnumMap<>(Feed.class);
    private final boolean inDeliveryOrder;
    private long seq;

    DeliveryBuffer(Map<Feed, FeedWriter> writers) {
        this(writers, true);
    }

    /**
     * @param inDeliveryOrder false passes every line on as it is generated: the same lines, without holding those
     *     not yet due. A national month holds most of its lines at once that way (its dossiers' steps run for weeks
     *     after they are submitted), more than a 4 GB heap; a bounded job does not care in which order it reads.
     */
    DeliveryBuffer(Map<Feed, FeedWriter> writers, boolean inDeliveryOrder) {
        this.writers.putAll(writers);
        this.inDeliveryOrder = inDeliveryOrder;
    }

    @Override
    public void add(long deliverAt, Feed feed, Object record) throws IOException {
        byte[] line = FeedWriter.JSON.writeValueAsBytes(record);
        if (inDeliveryOrder) {
            queue.add(new Pending(deliverAt, seq++, feed, line));
        } else {
            writers.get(feed).writeRaw(line);
        }
    }

    @Override
    public void startDossier(long submittedAt) throws IOException {
        flushUpTo(submittedAt);
    }

    @Override
    public boolean wantsSnapshot(int k, int count) {
        return true;
    }

    @Override
    public void endDossier(Plan plan) {
        // lines leave in delivery order, not per dossier
    }

    void flushUpTo(long time) throws IOException {
        while (!queue.isEmpty() && queue.peek().deliverAt <= time) {
            Pending p = queue.poll();
            writers.get(p.feed).writeRaw(p.line);
        }
    }

    void flushAll() throws IOException {
        flushUpTo(Long.MAX_VALUE);
    }
}
