package vn.ioc.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * The largest size a directory reaches while a run goes on, sampled four times a second: the checkpoint directory's
 * peak is a streaming job's state size on disk (RocksDB's incremental files, or the heap backend's snapshots); the
 * working directory's peak is a bounded job's (its stages' sorted outputs, which live only while the next stage
 * reads them, hence the short interval).
 */
final class DirectorySize implements AutoCloseable {
    private final Path dir;
    private final AtomicLong peak = new AtomicLong();
    private final Thread sampler;
    private volatile boolean running = true;

    DirectorySize(Path dir) {
        this.dir = dir;
        this.sampler = new Thread(() -> {
            while (running) {
                peak.accumulateAndGet(size(dir), Math::max);
                try {
                    Thread.sleep(250);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "state-size-sampler");
        sampler.setDaemon(true);
        sampler.start();
    }

    long peakBytes() {
        return Math.max(peak.get(), size(dir));
    }

    static long size(Path dir) {
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(f -> {
                try {
                    return Files.size(f);
                } catch (IOException e) {
                    return 0; // deleted by the checkpoint coordinator while walking
                }
            }).sum();
        } catch (IOException | UncheckedIOException e) {
            return 0;
        }
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        sampler.interrupt();
        sampler.join();
    }
}
