package vn.ioc.clickhouse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MigrationsTest {

    @Test
    void splitsStatementsAndFillsInTheDatabase() {
        Migrations.Migration m = new Migrations.Migration(1, "t", """
                -- a comment; with a semicolon
                CREATE TABLE ${db}.a (x UInt8)
                ENGINE = Memory;
                CREATE VIEW ${db}.v AS
                SELECT ';' AS s FROM ${db}.a;
                """);
        assertEquals(List.of("CREATE TABLE ioc.a (x UInt8)\nENGINE = Memory",
                "CREATE VIEW ioc.v AS\nSELECT ';' AS s FROM ioc.a"), m.statements("ioc"));
        assertEquals(64, m.checksum().length());
    }

    @Test
    void findsTheShippedMigrationsInOrder() throws Exception {
        List<Migrations.Migration> all = new Migrations().discover();
        assertTrue(all.size() >= 1);
        assertEquals(1, all.get(0).version());
        for (int i = 1; i < all.size(); i++) {
            assertTrue(all.get(i).version() > all.get(i - 1).version());
        }
    }

    @Test
    void readsTabSeparatedWithNames() {
        List<Map<String, String>> rows = ClickHouseQueries.parse("a\tb\n1\t\\N\nx\\ty\t\n");
        assertEquals(2, rows.size());
        assertEquals("1", rows.get(0).get("a"));
        assertEquals(null, rows.get(0).get("b"));
        assertEquals("x\ty", rows.get(1).get("a"));
        assertEquals("", rows.get(1).get("b"));
        assertEquals(List.of(), ClickHouseQueries.parse(""));
    }
}
