package vn.ioc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clickhouse.client.api.Client;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import vn.ioc.clickhouse.ClickHouseClients;
import vn.ioc.clickhouse.ClickHouseConfig;
import vn.ioc.clickhouse.ClickHouseQueries;
import vn.ioc.testing.TestClickHouse;

/** The demo drops only what it created; a database name is never pasted into SQL unchecked. */
class DemoDatabaseITCase {

    @Test
    void theDemoRefusesToDropADatabaseItDidNotCreateAndRecreatesItsOwn() throws Exception {
        ClickHouseConfig someones = TestClickHouse.freshDatabase("someones");
        try (Client client = ClickHouseClients.open(someones)) {
            ClickHouseQueries.execute(client, "CREATE TABLE " + someones.database() + ".precious (x UInt8)"
                    + " ENGINE = TinyLog");
            try (ClickHouseTarget target = ClickHouseTarget.on(someones)) {
                IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                        target::recreateDemoDatabase);
                assertTrue(e.getMessage().contains("was not created by ./ioc demo"), e.getMessage());
            }
            assertEquals(1, ClickHouseQueries.select(client, "SELECT name FROM system.tables WHERE database = '"
                    + someones.database() + "' AND name = 'precious'").size(), "still there");

            ClickHouseConfig demo = someones.withDatabase(someones.database() + "_demo");
            try (ClickHouseTarget target = ClickHouseTarget.on(demo)) {
                target.recreateDemoDatabase(); // absent: created
                ClickHouseQueries.execute(client, "CREATE TABLE " + demo.database() + ".old (x UInt8) ENGINE = TinyLog");
                target.recreateDemoDatabase(); // its own: dropped and created again
            }
            assertEquals(0, ClickHouseQueries.select(client, "SELECT name FROM system.tables WHERE database = '"
                    + demo.database() + "' AND name = 'old'").size());
        }
    }

    @Test
    void aDatabaseNameThatIsNotAPlainIdentifierIsRefusedBeforeAnyQuery() {
        StringWriter err = new StringWriter();
        CommandLine cli = Ioc.commandLine();
        cli.setErr(new PrintWriter(err));
        int status = cli.execute("status", "--database", "ioc UNION ALL SELECT name, 0, 0, 0 FROM system.databases");
        assertEquals(2, status, err.toString());
        assertTrue(err.toString().contains("--database must be letters, digits and _"), err.toString());
        assertThrows(IllegalArgumentException.class,
                () -> new ClickHouseConfig("http://127.0.0.1:1", "default", "", "a;DROP DATABASE ioc"));
    }
}
