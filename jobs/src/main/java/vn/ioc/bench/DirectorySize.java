package vn.ioc.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * The largest size a directory reaches while a run goes on, sampled every second: the checkpoint directory's peak
 * is the job's state size on disk (RocksDB's incremental files, or the heap backend's snapshots).
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
                    Thread.sleep(1000);
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
