package vn.ioc.clickhouse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Pins every released migration: editing one changes its checksum and fails here (a change to a table is a new
 * migration). A new migration is released by adding its line to clickhouse/migrations/released.sha256, the output of
 * {@code sha256sum V*.sql} in that folder, which {@code sha256sum -c released.sha256} also checks.
 */
class ReleasedMigrationsTest {

    @Test
    void everyMigrationIsReleasedUnchanged() throws Exception {
        Map<String, String> released = new TreeMap<>();
        for (String line : ClasspathDirectory.readFile("clickhouse/migrations/released.sha256").split("\n")) {
            if (!line.isBlank()) {
                String[] cells = line.split("\\s+", 2);
                released.put(cells[1].strip(), cells[0]);
            }
        }
        Map<String, String> shipped = new TreeMap<>();
        for (Migrations.Migration m : new Migrations().discover()) {
            shipped.put(String.format("V%03d__%s.sql", m.version(), m.name()), m.checksum());
        }
        assertEquals(released, shipped, "a released migration was edited, or a new one is not in released.sha256");
    }
}
