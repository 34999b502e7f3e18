package vn.ioc.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.ioc.clickhouse.ClickHouseClients;
import vn.ioc.clickhouse.FeedStatus;

@Command(
        name = "status",
        header = "Lines read, accepted and rejected per feed.",
        mixinStandardHelpOptions = true,
        description = {
            "Lines read, accepted and rejected per feed, from ClickHouse: read = accepted + rejected, exactly.",
            "--json prints {\"<feed>\": {\"read\": n, \"accepted\": n, \"rejected\": n}, ...} (feed = directory name)."
        })
public final class StatusCommand implements Callable<Integer> {

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Option(names = "--database", defaultValue = DatabaseDefault.VALUE, description = DatabaseDefault.DESCRIPTION)
    String database;

    @Override
    public Integer call() throws Exception {
        Map<String, FeedStatus.Counts> status;
        try (ClickHouseTarget target = ClickHouseTarget.resolve(database);
                var client = ClickHouseClients.open(target.config())) {
            target.checkSchema();
            status = FeedStatus.read(client, database);
        }
        if (json) {
            System.out.println(json(status));
        } else {
            System.out.printf("%-20s %12s %12s %12s %12s%n", "feed", "read", "accepted", "rejected", "unread");
            status.forEach((feed, c) -> System.out.printf("%-20s %12d %12d %12d %12d%n", feed, c.read(), c.accepted(),
                    c.rejected(), c.unread()));
        }
        return 0;
    }

    /** Per feed: read, accepted, rejected, and unread (lines the job will never read; see the file protocol). */
    static String json(Map<String, FeedStatus.Counts> status) throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode root = mapper.createObjectNode();
        status.forEach((feed, c) -> root.putObject(feed).put("read", c.read()).put("accepted", c.accepted())
                .put("rejected", c.rejected()).put("unread", c.unread()));
        return mapper.writeValueAsString(root);
    }
}
