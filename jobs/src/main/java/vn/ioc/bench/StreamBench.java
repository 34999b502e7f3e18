package vn.ioc.bench;

import com.clickhouse.client.api.Client;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import vn.ioc.clickhouse.ClickHouseQueries;
import vn.ioc.feed.Feed;
import vn.ioc.source.FeedDirectories;

/**
 * Appends feed lines at a fixed rate while a streaming job runs, and measures freshness: from the moment a file
 * of lines appears in a feed directory to the moment all its lines are visible in a ClickHouse query. Every line
 * the job reads leaves exactly one row in feed_ledger, written through the same sink as the facts, so a file is
 * visible when its ledger rows are all there.
 */
final class StreamBench {
    record Result(long records, long bytes, double seconds, double[] freshnessMillis, long lateFiles) {}

    /** A file of lines moved into a feed directory; {@code file} as the job's ledger names it. */
    private record Appended(Feed feed, String file, int lines, long appendedAtNanos) {}

    private static final long TICK_MILLIS = 250;

    private final List<List<String>> source;
    private final int[] cursor = new int[Feed.values().length];

    StreamBench(Path generated) throws IOException {
        this.source = FeedDirectories.linesPerFeed(generated);
    }

    /**
     * Appends {@code rate} lines per second for {@code seconds}, spread over the feeds in their generated shares and
     * cycling through them, then waits until everything is visible. The first {@code warmupSeconds} are not
     * counted in the freshness sample.
     */
    Result run(Path watched, Client client, String database, int rate, int seconds, int warmupSeconds)
            throws Exception {
        long total = source.stream().mapToLong(List::size).sum();
        Map<String, Appended> pending = new LinkedHashMap<>();
        List<Double> freshness = new ArrayList<>();
        long records = 0;
        long bytes = 0;
        int sequence = 0;
        long started = System.nanoTime();
        long warmupEnds = started + warmupSeconds * 1_000_000_000L;
        long ends = started + seconds * 1_000_000_000L;
        double carry = 0;
        long nextTick = started;
        while (System.nanoTime() < ends) {
            carry += rate * TICK_MILLIS / 1000.0;
            int due = (int) carry;
            carry -= due;
            for (Feed feed : Feed.values()) {
                List<String> lines = source.get(feed.ordinal());
                int n = (int) Math.round((double) due * lines.size() / total);
                if (n == 0 || lines.isEmpty()) {
                    continue;
                }
                List<String> chunk = new ArrayList<>(n);
                for (int i = 0; i < n; i++) {
                    chunk.add(lines.get(cursor[feed.ordinal()]++ % lines.size()));
                }
                String name = String.format("stream-%07d.jsonl", sequence++);
                Path dir = Files.createDirectories(watched.resolve(feed.directory()));
                Path aside = dir.resolve("." + name + ".tmp");
                Files.write(aside, chunk, StandardCharsets.UTF_8);
                bytes += Files.size(aside);
                Path target = dir.resolve(name);
                Files.move(aside, target, StandardCopyOption.ATOMIC_MOVE);
                String file = new org.apache.flink.core.fs.Path(target.toUri()).toString();
                pending.put(file, new Appended(feed, file, n, System.nanoTime()));
                records += n;
            }
            nextTick += TICK_MILLIS * 1_000_000;
            // poll every 50 ms until the next tick, so a file's visibility is seen within 50 ms plus a query
            do {
                poll(client, database, pending, freshness, warmupEnds);
                Thread.sleep(Math.max(0, Math.min(50, (nextTick - System.nanoTime()) / 1_000_000)));
            } while (System.nanoTime() < nextTick);
        }
        double appendSeconds = (System.nanoTime() - started) / 1e9;
        long deadline = System.nanoTime() + 120_000_000_000L;
        while (!pending.isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(100);
            poll(client, database, pending, freshness, warmupEnds);
        }
        return new Result(records, bytes, appendSeconds, freshness.stream().mapToDouble(Double::doubleValue).toArray(),
                pending.size());
    }

    private static void poll(Client client, String database, Map<String, Appended> pending, List<Double> freshness,
            long warmupEnds) throws Exception {
        if (pending.isEmpty()) {
            return;
        }
        // by the ledger's primary key (feed, source_file), so a poll reads only the pending files' rows
        String keys = pending.values().stream().map(a -> "('" + a.feed().directory() + "', '" + a.file() + "')")
                .collect(Collectors.joining(","));
        Map<String, Long> visible = new HashMap<>();
        for (Map<String, String> row : ClickHouseQueries.select(client, "SELECT source_file, count() AS n FROM "
                + database + ".feed_ledger WHERE (feed, source_file) IN (" + keys + ") GROUP BY source_file")) {
            visible.put(row.get("source_file"), Long.parseLong(row.get("n")));
        }
        long now = System.nanoTime();
        pending.values().removeIf(a -> {
            if (visible.getOrDefault(a.file(), 0L) < a.lines()) {
                return false;
            }
            if (a.appendedAtNanos() >= warmupEnds) {
                freshness.add((now - a.appendedAtNanos()) / 1e6);
            }
            return true;
        });
    }
}
