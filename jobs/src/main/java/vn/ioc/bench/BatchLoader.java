package vn.ioc.bench;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import vn.ioc.sink.RowBatch;

/**
 * Loads full batches on a thread of its own, so that generating and encoding go on while a store parses the previous
 * batch. The queue is short: when the store is slower than the generator, the generator waits (bounded memory).
 */
final class BatchLoader implements AutoCloseable {
    /** What loading a batch means for one store. */
    interface Load {
        void load(RowBatch<?> batch) throws Exception;
    }

    private record Job(RowBatch<?> batch, BlockingQueue<RowBatch<?>> returnTo) {}

    private static final Job END = new Job(null, null);

    private final BlockingQueue<Job> queue = new ArrayBlockingQueue<>(4);
    private final String name;
    private final Thread thread;
    private volatile Exception failure;
    private volatile long busyNanos;

    BatchLoader(String name, Load load) {
        this.name = name;
        thread = new Thread(() -> {
            try {
                for (Job job = queue.take(); job != END; job = queue.take()) {
                    if (failure == null) {
                        long started = System.nanoTime();
                        try {
                            load.load(job.batch);
                        } catch (Exception e) {
                            failure = e;
                        }
                        busyNanos += System.nanoTime() - started;
                    }
                    job.batch.clear();
                    job.returnTo.put(job.batch);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, name);
        thread.setDaemon(true);
        thread.start();
    }

    /** Queues a batch; it is cleared and put back into {@code returnTo} once loaded. */
    void submit(RowBatch<?> batch, BlockingQueue<RowBatch<?>> returnTo) throws Exception {
        check();
        queue.put(new Job(batch, returnTo));
    }

    /** Throws the first load failure, if any. */
    void check() throws Exception {
        if (failure != null) {
            throw new IllegalStateException("loading failed: " + failure.getMessage(), failure);
        }
    }

    String name() {
        return name;
    }

    /** Time spent loading so far: beside the fill's wall time, it says which store held the generator back. */
    double busySeconds() {
        return busyNanos / 1e9;
    }

    /** Waits until every queued batch is loaded. */
    @Override
    public void close() throws Exception {
        if (thread.isAlive()) {
            queue.put(END);
            thread.join();
        }
        check();
    }
}
