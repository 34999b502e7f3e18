package vn.ioc.testing;

import com.clickhouse.client.api.Client;
import java.time.Duration;
import vn.ioc.clickhouse.FeedStatus;

/** Waits until a streaming job's ledger shows that it has read a number of lines, over all feeds. */
public final class LedgerWait {
    private LedgerWait() {}

    public static void linesRead(Client client, String database, long lines, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        long read = 0;
        while (System.nanoTime() < deadline) {
            read = FeedStatus.read(client, database).values().stream().mapToLong(FeedStatus.Counts::read).sum();
            if (read >= lines) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("read " + read + " of " + lines + " lines within " + timeout);
    }
}
