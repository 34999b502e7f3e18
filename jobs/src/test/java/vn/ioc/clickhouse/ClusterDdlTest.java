package vn.ioc.clickhouse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClusterDdlTest {

    @Test
    void aTableBecomesReplicatedLocalTablesBehindADistributedOne() {
        List<String> out = new ClusterDdl("c").rewrite("CREATE TABLE IF NOT EXISTS ioc.dossier_facts\n(\n    dossier_id String,\n"
                + "    version UInt64\n)\nENGINE = ReplacingMergeTree(version)\nPARTITION BY toYYYYMM(submitted_at)\n"
                + "ORDER BY dossier_id");
        assertEquals(List.of("CREATE TABLE IF NOT EXISTS ioc.dossier_facts_local ON CLUSTER c\n(\n    dossier_id String,\n"
                + "    version UInt64\n)\nENGINE = ReplicatedReplacingMergeTree('/clickhouse/tables/{shard}/ioc/dossier_facts',"
                + " '{replica}', version)\nPARTITION BY toYYYYMM(submitted_at)\nORDER BY dossier_id",
                "CREATE TABLE IF NOT EXISTS ioc.dossier_facts ON CLUSTER c AS ioc.dossier_facts_local"
                        + " ENGINE = Distributed(c, ioc, dossier_facts_local, cityHash64(dossier_id))"), out);
    }

    @Test
    void aCompositeKeyShardsByItsFirstColumnAndAnUnversionedTableStaysUnversioned() {
        List<String> out = new ClusterDdl("c").rewrite("CREATE TABLE IF NOT EXISTS ioc.feed_ledger (feed String,"
                + " offset UInt64) ENGINE = ReplacingMergeTree ORDER BY (feed, source_file, offset)");
        assertTrue(out.get(0).contains("ReplicatedReplacingMergeTree('/clickhouse/tables/{shard}/ioc/feed_ledger',"
                + " '{replica}') ORDER BY (feed, source_file, offset)"), out.get(0));
        assertTrue(out.get(1).endsWith("cityHash64(feed))"), out.get(1));
    }

    @Test
    void viewsDropsAndSchemaChangesRunOnTheCluster() {
        ClusterDdl ddl = new ClusterDdl("c");
        assertEquals(List.of("CREATE VIEW IF NOT EXISTS ioc.dossiers ON CLUSTER c AS SELECT 1"),
                ddl.rewrite("CREATE VIEW IF NOT EXISTS ioc.dossiers AS SELECT 1"));
        assertEquals(List.of("DROP TABLE IF EXISTS ioc.findings ON CLUSTER c"),
                ddl.rewrite("DROP TABLE IF EXISTS ioc.findings"));
        ddl.rewrite("CREATE TABLE IF NOT EXISTS ioc.agencies (agency_code String) ENGINE = ReplacingMergeTree"
                + " ORDER BY agency_code");
        assertEquals(List.of("ALTER TABLE ioc.agencies_local ON CLUSTER c ADD COLUMN x String",
                "DROP TABLE IF EXISTS ioc.agencies ON CLUSTER c",
                "CREATE TABLE IF NOT EXISTS ioc.agencies ON CLUSTER c AS ioc.agencies_local"
                        + " ENGINE = Distributed(c, ioc, agencies_local, cityHash64(agency_code))"),
                ddl.rewrite("ALTER TABLE ioc.agencies ADD COLUMN x String"));
    }

    /** Every statement of every migration has a cluster form, and no table is left unreplicated. */
    @Test
    void everyMigrationHasAClusterForm() throws Exception {
        List<String> all = new ArrayList<>();
        ClusterDdl ddl = new ClusterDdl("ioc_cluster");
        for (Migrations.Migration m : new Migrations().discover()) {
            for (String statement : m.statements("ioc")) {
                all.addAll(ddl.rewrite(statement));
            }
        }
        long tables = all.stream().filter(s -> s.contains("ReplicatedReplacingMergeTree(")).count();
        assertTrue(tables >= 12, "replicated tables: " + tables);
        long alters = all.stream().filter(s -> s.startsWith("ALTER")).count();
        assertEquals(tables + alters, all.stream().filter(s -> s.contains("ENGINE = Distributed(")).count(),
                "one Distributed table per table, made again after each change of its columns");
        for (String s : all) {
            assertTrue(s.contains(" ON CLUSTER ioc_cluster"), s);
            assertFalse(s.replace("ReplicatedReplacingMergeTree", "").contains("ReplacingMergeTree"), s);
        }
    }
}
