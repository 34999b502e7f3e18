package vn.ioc.bench;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import vn.ioc.generate.FeedGenerator;
import vn.ioc.source.FeedLine;

/**
 * Every line of every feed the generator writes, in the order it writes them, without the files: the generator
 * runs on a thread of its own and hands over batches of lines, so that generating and parsing use a core each and a
 * national run is limited by the job, not by a disk holding tens of gigabytes of feeds. The thread starts at the
 * first line asked for.
 */
final class GeneratedLines implements Iterator<FeedLine> {
    private static final int BATCH = 4096;
    /** Batches in flight: enough to keep the job busy while the generator works, bounded for the heap. */
    private static final int QUEUED_BATCHES = 16;
    private static final List<FeedLine> END = List.of();

    private final FeedGenerator generator;
    private BlockingQueue<List<FeedLine>> queue;
    private volatile Throwable failure;
    private List<FeedLine> batch;
    private int next;
    private boolean ended;

    GeneratedLines(FeedGenerator generator) {
        this.generator = generator;
    }

    @Override
    public boolean hasNext() {
        if (queue == null) {
            start();
        }
        while (!ended && (batch == null || next == batch.size())) {
            try {
                batch = queue.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for generated lines", e);
            }
            next = 0;
            if (batch == END) {
                ended = true;
                if (failure != null) {
                    throw new IllegalStateException("the feed generator failed", failure);
                }
            }
        }
        return !ended;
    }

    @Override
    public FeedLine next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return batch.get(next++);
    }

    private void start() {
        queue = new ArrayBlockingQueue<>(QUEUED_BATCHES);
        Thread thread = new Thread(this::generate, "feed generator");
        thread.setDaemon(true);
        thread.start();
    }

    private void generate() {
        List<FeedLine>[] filling = new List[] {new ArrayList<FeedLine>(BATCH)};
        try {
            generator.generate((feed, file, offset, line) -> {
                filling[0].add(new FeedLine(feed.directory(), file, offset, line, false));
                if (filling[0].size() == BATCH) {
                    put(filling[0]);
                    filling[0] = new ArrayList<>(BATCH);
                }
            });
            put(filling[0]);
        } catch (InterruptedIOException e) {
            // the source was cancelled: nobody waits for the rest
            return;
        } catch (IOException | RuntimeException e) {
            failure = e;
        }
        try {
            queue.put(END);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void put(List<FeedLine> lines) throws InterruptedIOException {
        try {
            queue.put(lines);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("cancelled");
        }
    }
}
