package vn.ioc.clickhouse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clickhouse.client.api.Client;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.ioc.testing.TestClickHouse;

class MigrationsITCase {

    @Test
    void appliesOnceInOrderAndRefusesEditedHistory() throws Exception {
        ClickHouseConfig ch = TestClickHouse.freshDatabase("migrations");
        Migrations migrations = new Migrations("clickhouse-test-migrations");
        try (Client client = ClickHouseClients.open(ch)) {
            assertEquals(List.of(1, 2), migrations.apply(client, ch.database()));
            assertEquals(List.of(), migrations.apply(client, ch.database()), "nothing left to apply");
            assertEquals("1", ClickHouseQueries.select(client, "SELECT count() AS n FROM system.columns WHERE database = '"
                    + ch.database() + "' AND table = 'things' AND name = 'extra'").get(0).get("n"));

            ClickHouseQueries.execute(client, "INSERT INTO " + ch.database() + ".schema_migrations (version, name,"
                    + " checksum) VALUES (2, 'second', 'edited')");
            IllegalStateException e = assertThrows(IllegalStateException.class,
                    () -> migrations.apply(client, ch.database()));
            assertTrue(e.getMessage().contains("V2"), e.getMessage());
        }
    }

    @Test
    void theShippedMigrationsApplyToAnEmptyServer() throws Exception {
        ClickHouseConfig ch = TestClickHouse.freshDatabase("shipped");
        try (Client client = ClickHouseClients.open(ch)) {
            List<Integer> applied = new Migrations().apply(client, ch.database());
            assertTrue(applied.contains(1));
            assertEquals(List.of(), new Migrations().apply(client, ch.database()));
        }
    }
}
