package vn.ioc.progress;

import java.io.PrintStream;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.LongSupplier;

/**
 * How far a long command has got: on a terminal one line redrawn twice a second, otherwise (CI, logs, nohup) a plain
 * line every ten seconds, so a log file is not flooded with carriage returns. Counted by the work itself
 * ({@link #add}) or polled from where the work lands ({@link #polling}, e.g. the ledger in ClickHouse).
 */
public final class Progress implements AutoCloseable {
    private static final Progress NONE = new Progress();

    private final ProgressLine line;
    private final LongAdder counted = new LongAdder();
    private final LongSupplier done;
    private final PrintStream out;
    private final boolean terminal;
    private final long started = System.nanoTime();
    private final ScheduledExecutorService timer;
    private volatile long total;

    private Progress() {
        this.line = null;
        this.done = () -> 0;
        this.out = null;
        this.terminal = false;
        this.timer = null;
    }

    private Progress(ProgressLine line, long total, LongSupplier done, PrintStream out, boolean terminal) {
        this.line = line;
        this.total = total;
        this.done = done == null ? counted::sum : done;
        this.out = out;
        this.terminal = terminal;
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "progress");
            t.setDaemon(true);
            return t;
        });
        long period = terminal ? 500 : 10_000;
        timer.scheduleAtFixedRate(this::show, period, period, TimeUnit.MILLISECONDS);
    }

    /** Shows nothing: for callers (tests, benchmarks' inner stages) that report on their own. */
    public static Progress none() {
        return NONE;
    }

    /** Work that counts itself with {@link #add}; {@code total} 0 when unknown (no percent, no time left). */
    public static Progress counting(String task, String unit, long total) {
        return new Progress(new ProgressLine(task, unit), total, null, System.err, isTerminal());
    }

    /** Work whose progress is read from {@code done} at every refresh; a failing read skips that refresh. */
    public static Progress polling(String task, String unit, long total, LongSupplier done) {
        return new Progress(new ProgressLine(task, unit), total, done, System.err, isTerminal());
    }

    /** The total, once the work knows it. */
    public void total(long total) {
        this.total = total;
    }

    public void add(long n) {
        counted.add(n);
    }

    private void show() {
        long now;
        try {
            now = done.getAsLong();
        } catch (RuntimeException e) {
            return;
        }
        String text = line.format(now, total, (System.nanoTime() - started) / 1e9);
        if (terminal) {
            out.print("\r" + text + "\033[K");
        } else {
            out.println("ioc: " + text);
        }
        out.flush();
    }

    @Override
    public void close() {
        if (timer == null) {
            return;
        }
        timer.shutdownNow();
        try {
            timer.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        show();
        if (terminal) {
            out.println();
        }
    }

    private static boolean isTerminal() {
        return System.console() != null && !"dumb".equals(System.getenv("TERM"));
    }
}
