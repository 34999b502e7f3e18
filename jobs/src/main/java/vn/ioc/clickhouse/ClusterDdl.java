package vn.ioc.clickhouse;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The cluster form of a migration statement, for a database spread over a ClickHouse cluster (replicas behind
 * Keeper, possibly several shards). Every table {@code t} becomes a replicated table {@code t_local} on every node and
 * a Distributed table {@code t} over them, sharded by the first column of its sorting key, so all versions of a
 * record land on one shard and FINAL still replaces them; views and schema changes run {@code ON CLUSTER}, and the
 * views keep reading {@code t}. The single-node statements stay the source of truth, so both forms never drift.
 *
 * <p>A column added to {@code t} is added to {@code t_local} ON CLUSTER, and the Distributed table is created again
 * over it: ClickHouse refuses ALTER ON CLUSTER on a table that is not replicated when the cluster's shards are. So one
 * instance sees a database's statements in order, from the first migration, to know each table's sharding key.
 */
public final class ClusterDdl {
    private static final Pattern CREATE_TABLE = Pattern.compile(
            "^(\\s*CREATE TABLE IF NOT EXISTS )(\\w+)\\.(\\w+)(\\s*\\(.*\\)\\s*ENGINE\\s*=\\s*)ReplacingMergeTree(?:\\((\\w*)\\))?"
                    + "(.*?ORDER BY\\s*\\(?\\s*(\\w+).*)$",
            Pattern.DOTALL);
    private static final Pattern ON_CLUSTER_AFTER_NAME = Pattern.compile(
            "^(\\s*(?:CREATE (?:VIEW|DATABASE)(?: IF NOT EXISTS)?|DROP (?:TABLE|VIEW|DATABASE)(?: IF EXISTS)?) )([\\w.]+)(.*)$",
            Pattern.DOTALL);
    private static final Pattern ALTER = Pattern.compile("^(\\s*ALTER TABLE )(\\w+)\\.(\\w+)(.*)$", Pattern.DOTALL);

    private final String cluster;
    private final Map<String, String> shardingKeys = new HashMap<>();

    public ClusterDdl(String cluster) {
        this.cluster = SqlIdentifier.check("the cluster name", cluster);
    }

    /** The statements that replace one single-node statement on the cluster. */
    public List<String> rewrite(String statement) {
        Matcher table = CREATE_TABLE.matcher(statement);
        if (table.matches()) {
            String db = table.group(2);
            String name = table.group(3);
            String version = table.group(5) == null || table.group(5).isEmpty() ? "" : ", " + table.group(5);
            String local = db + "." + name + "_local";
            shardingKeys.put(db + "." + name, table.group(7));
            return List.of(
                    table.group(1) + local + " ON CLUSTER " + cluster + table.group(4)
                            + "ReplicatedReplacingMergeTree('/clickhouse/tables/{shard}/" + db + "/" + name
                            + "', '{replica}'" + version + ")" + table.group(6),
                    distributed(db, name));
        }
        Matcher alter = ALTER.matcher(statement);
        if (alter.matches()) {
            String db = alter.group(2);
            String name = alter.group(3);
            if (!shardingKeys.containsKey(db + "." + name)) {
                throw new IllegalArgumentException("ALTER of a table not created before: " + db + "." + name);
            }
            return List.of(
                    alter.group(1) + db + "." + name + "_local ON CLUSTER " + cluster + alter.group(4),
                    "DROP TABLE IF EXISTS " + db + "." + name + " ON CLUSTER " + cluster,
                    distributed(db, name));
        }
        Matcher other = ON_CLUSTER_AFTER_NAME.matcher(statement);
        if (other.matches()) {
            return List.of(other.group(1) + other.group(2) + " ON CLUSTER " + cluster + other.group(3));
        }
        if (statement.strip().startsWith("INSERT")) {
            return List.of(statement);
        }
        throw new IllegalArgumentException("no cluster form for: " + statement.strip().lines().findFirst().orElse(""));
    }

    private String distributed(String db, String name) {
        return "CREATE TABLE IF NOT EXISTS " + db + "." + name + " ON CLUSTER " + cluster + " AS " + db + "." + name
                + "_local ENGINE = Distributed(" + cluster + ", " + db + ", " + name + "_local, cityHash64("
                + shardingKeys.get(db + "." + name) + "))";
    }
}
