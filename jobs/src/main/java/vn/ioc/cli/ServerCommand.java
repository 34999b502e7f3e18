package vn.ioc.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(
        name = "server",
        header = "Start, show or stop the local ClickHouse that ./ioc manages.",
        mixinStandardHelpOptions = true,
        description = "Start, show or stop the local ClickHouse that ./ioc manages under .ioc/clickhouse.")
public final class ServerCommand implements Callable<Integer> {

    @Parameters(index = "0", description = "start | status | stop")
    String action;

    @Override
    public Integer call() throws Exception {
        switch (action) {
            case "start" -> {
                ManagedClickHouse server = ManagedClickHouse.startOrReuse(IocHome.dir().resolve("clickhouse"));
                System.out.printf("local ClickHouse: %s (native port %d)%n", server.config().url(), server.tcpPort());
            }
            case "status" -> {
                var server = ManagedClickHouse.running(IocHome.dir().resolve("clickhouse"));
                if (server.isEmpty()) {
                    System.out.println("no local ClickHouse is running");
                    return 3;
                }
                System.out.printf("local ClickHouse: %s (native port %d)%n", server.get().config().url(),
                        server.get().tcpPort());
            }
            case "stop" -> System.out.println(ManagedClickHouse.stop(IocHome.dir().resolve("clickhouse"))
                    ? "local ClickHouse stopped" : "no local ClickHouse was running");
            default -> {
                System.err.println("unknown action: " + action + " (start | status | stop)");
                return 2;
            }
        }
        return 0;
    }
}
