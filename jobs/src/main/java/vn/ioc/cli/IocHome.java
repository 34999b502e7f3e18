package vn.ioc.cli;

import java.nio.file.Path;

/** Where ./ioc keeps local state (managed ClickHouse, checkpoints, the demo's key): .ioc under the repository. */
final class IocHome {
    private IocHome() {}

    static Path dir() {
        String home = System.getProperty("ioc.home");
        return (home == null ? Path.of("") : Path.of(home)).toAbsolutePath().resolve(".ioc");
    }
}
