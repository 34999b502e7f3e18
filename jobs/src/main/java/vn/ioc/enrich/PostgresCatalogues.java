package vn.ioc.enrich;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.flink.table.api.EnvironmentSettings;
import org.apache.flink.table.api.TableEnvironment;
import org.apache.flink.types.Row;
import org.apache.flink.util.CloseableIterator;
import vn.ioc.clickhouse.ClasspathDirectory;
import vn.ioc.clickhouse.SqlScript;
import vn.ioc.feed.Agency;
import vn.ioc.feed.Feed;
import vn.ioc.feed.Procedure;
import vn.ioc.postgres.PostgresConnection;

/**
 * The catalogues in the one-stop system's PostgreSQL (sql/postgres/catalogues.sql): written from catalogue feed
 * files with plain JDBC, read back with Flink's own JDBC connector (sql/staging/catalogues.sql) in a bounded
 * Table API job, into the same records the file path reads.
 */
public final class PostgresCatalogues {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The catalogue records as read: what the job enriches with and what it writes to ClickHouse. */
    public record Loaded(List<Agency> agencies, List<Procedure> procedures) implements Serializable {
        public Catalogues catalogues() {
            return new Catalogues(AgencyDirectory.of(agencies), ProcedureCatalogue.of(procedures));
        }
    }

    private PostgresCatalogues() {}

    /** Creates the tables when missing and upserts every parseable catalogue record under {@code feedRoot}. */
    public static int store(PostgresConnection pg, Path feedRoot) throws Exception {
        List<Agency> agencies = CatalogueFiles.read(feedRoot, Feed.AGENCIES, Agency.class);
        List<Procedure> procedures = CatalogueFiles.read(feedRoot, Feed.PROCEDURES, Procedure.class);
        int rows = 0;
        try (Connection c = DriverManager.getConnection(pg.url(), pg.user(), pg.password())) {
            c.setAutoCommit(false);
            try (Statement ddl = c.createStatement()) {
                for (String statement : SqlScript.statements(ClasspathDirectory.readFile("sql/postgres/catalogues.sql"), Map.of())) {
                    ddl.execute(statement);
                }
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO dvc_agencies VALUES (?, ?, ?, ?, ?, ?, ?)"
                    + " ON CONFLICT (ma_don_vi) DO UPDATE SET ten_don_vi = EXCLUDED.ten_don_vi, cap_don_vi ="
                    + " EXCLUDED.cap_don_vi, ma_don_vi_cha = EXCLUDED.ma_don_vi_cha, hieu_luc_tu = EXCLUDED.hieu_luc_tu,"
                    + " hieu_luc_den = EXCLUDED.hieu_luc_den, ma_don_vi_ke_thua = EXCLUDED.ma_don_vi_ke_thua")) {
                for (Agency a : agencies) {
                    if (a.maDonVi == null || a.maDonVi.isBlank()) {
                        continue;
                    }
                    ps.setString(1, a.maDonVi);
                    ps.setString(2, a.tenDonVi);
                    ps.setObject(3, a.capDonVi);
                    ps.setString(4, a.maDonViCha);
                    ps.setString(5, a.hieuLucTu);
                    ps.setString(6, a.hieuLucDen);
                    ps.setString(7, a.maDonViKeThua);
                    ps.addBatch();
                    rows++;
                }
                ps.executeBatch();
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO dvc_procedures VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
                    + " ON CONFLICT (ma_tthc) DO UPDATE SET ten_tthc = EXCLUDED.ten_tthc, cap_thuc_hien ="
                    + " EXCLUDED.cap_thuc_hien, doi_tuong_thuc_hien = EXCLUDED.doi_tuong_thuc_hien, linh_vuc ="
                    + " EXCLUDED.linh_vuc, cach_thuc = EXCLUDED.cach_thuc, ket_qua = EXCLUDED.ket_qua, co_quan ="
                    + " EXCLUDED.co_quan");
                    PreparedStatement clear = c.prepareStatement("DELETE FROM dvc_procedure_documents WHERE ma_tthc = ?");
                    PreparedStatement docs = c.prepareStatement(
                            "INSERT INTO dvc_procedure_documents VALUES (?, ?, ?, ?, ?, ?)")) {
                for (Procedure p : procedures) {
                    if (p.maTTHC == null || p.maTTHC.isBlank()) {
                        continue;
                    }
                    ps.setString(1, p.maTTHC);
                    ps.setString(2, p.tenTTHC);
                    ps.setString(3, json(p.capThucHien));
                    ps.setString(4, json(p.doiTuongThucHien));
                    ps.setString(5, json(p.linhVucThucHien));
                    ps.setString(6, json(p.cachThucThucHien));
                    ps.setString(7, json(p.ketQuaThucHien));
                    ps.setString(8, json(p.coQuanThucHien));
                    ps.addBatch();
                    clear.setString(1, p.maTTHC);
                    clear.addBatch();
                    int order = 0;
                    for (Procedure.ComponentSet set : p.thanhPhanHoSo == null ? List.<Procedure.ComponentSet>of()
                            : p.thanhPhanHoSo) {
                        for (Procedure.Document d : set == null || set.giayTo == null ? List.<Procedure.Document>of()
                                : set.giayTo) {
                            docs.setString(1, p.maTTHC);
                            docs.setInt(2, order++);
                            docs.setString(3, d.maGiayTo);
                            docs.setString(4, d.tenGiayTo);
                            docs.setString(5, d.maKqThayThe);
                            docs.setString(6, d.maCsdlThayThe);
                            docs.addBatch();
                        }
                    }
                    rows++;
                }
                ps.executeBatch();
                clear.executeBatch();
                docs.executeBatch();
            }
            c.commit();
        }
        return rows;
    }

    /**
     * Reads both catalogues through flink-connector-jdbc, each ordered by its key: what the job is built with, in the
     * process that builds it.
     */
    public static Loaded read(PostgresConnection pg) throws Exception {
        TableEnvironment tables = TableEnvironment.create(EnvironmentSettings.inBatchMode());
        for (String statement : SqlScript.statements(ClasspathDirectory.readFile("sql/staging/catalogues.sql"), Map.of(
                "url", quoted(pg.url()), "user", quoted(pg.user()), "password", quoted(pg.password())))) {
            tables.executeSql(statement);
        }
        return read(sql -> rows(tables, sql), "stg_");
    }

    /**
     * Reads both catalogues again with plain JDBC, as {@link #read} does: what a streaming job's task re-reads
     * periodically (a task must not start a Table API job of its own).
     */
    public static Loaded reread(PostgresConnection pg) throws Exception {
        try (Connection c = DriverManager.getConnection(pg.url(), pg.user(), pg.password())) {
            c.setReadOnly(true);
            return read(sql -> rows(c, sql), "dvc_");
        }
    }

    /** The rows of a query, each as its columns' values. */
    @FunctionalInterface
    private interface Query {
        List<Object[]> rows(String sql) throws Exception;
    }

    /** @param prefix of the tables: the staging tables over PostgreSQL (stg_), or PostgreSQL's own (dvc_) */
    private static Loaded read(Query query, String prefix) throws Exception {
        List<Agency> agencies = new ArrayList<>();
        for (Object[] r : query.rows("SELECT ma_don_vi, ten_don_vi, cap_don_vi, ma_don_vi_cha, hieu_luc_tu,"
                + " hieu_luc_den, ma_don_vi_ke_thua FROM " + prefix + "agencies ORDER BY ma_don_vi")) {
            Agency a = new Agency();
            a.maDonVi = (String) r[0];
            a.tenDonVi = (String) r[1];
            a.capDonVi = (Integer) r[2];
            a.maDonViCha = (String) r[3];
            a.hieuLucTu = (String) r[4];
            a.hieuLucDen = (String) r[5];
            a.maDonViKeThua = (String) r[6];
            agencies.add(a);
        }
        Map<String, List<Procedure.Document>> documents = new LinkedHashMap<>();
        for (Object[] r : query.rows("SELECT ma_tthc, ma_giay_to, ten_giay_to, ma_kq_thay_the, ma_csdl_thay_the"
                + " FROM " + prefix + "procedure_documents ORDER BY ma_tthc, thu_tu")) {
            Procedure.Document d = new Procedure.Document();
            d.maGiayTo = (String) r[1];
            d.tenGiayTo = (String) r[2];
            d.maKqThayThe = (String) r[3];
            d.maCsdlThayThe = (String) r[4];
            documents.computeIfAbsent((String) r[0], k -> new ArrayList<>()).add(d);
        }
        List<Procedure> procedures = new ArrayList<>();
        for (Object[] r : query.rows("SELECT ma_tthc, ten_tthc, cap_thuc_hien, doi_tuong_thuc_hien, linh_vuc,"
                + " cach_thuc, ket_qua, co_quan FROM " + prefix + "procedures ORDER BY ma_tthc")) {
            Procedure p = new Procedure();
            p.maTTHC = (String) r[0];
            p.tenTTHC = (String) r[1];
            p.capThucHien = list((String) r[2], new TypeReference<>() {});
            p.doiTuongThucHien = list((String) r[3], new TypeReference<>() {});
            p.linhVucThucHien = list((String) r[4], new TypeReference<>() {});
            p.cachThucThucHien = list((String) r[5], new TypeReference<>() {});
            p.ketQuaThucHien = list((String) r[6], new TypeReference<>() {});
            p.coQuanThucHien = list((String) r[7], new TypeReference<>() {});
            List<Procedure.Document> docs = documents.get(p.maTTHC);
            if (docs != null) {
                Procedure.ComponentSet set = new Procedure.ComponentSet();
                set.giayTo = docs;
                p.thanhPhanHoSo = List.of(set);
            }
            procedures.add(p);
        }
        return new Loaded(agencies, procedures);
    }

    private static List<Object[]> rows(Connection c, String sql) throws Exception {
        List<Object[]> out = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                Object[] row = new Object[columns];
                for (int i = 0; i < columns; i++) {
                    row[i] = rs.getObject(i + 1);
                }
                out.add(row);
            }
        }
        return out;
    }

    private static List<Object[]> rows(TableEnvironment tables, String sql) throws Exception {
        List<Object[]> out = new ArrayList<>();
        try (CloseableIterator<Row> it = tables.executeSql(sql).collect()) {
            it.forEachRemaining(r -> {
                Object[] row = new Object[r.getArity()];
                for (int i = 0; i < row.length; i++) {
                    row[i] = r.getField(i);
                }
                out.add(row);
            });
        }
        return out;
    }

    private static String json(Object value) throws IOException {
        return value == null ? null : JSON.writeValueAsString(value);
    }

    private static <T> List<T> list(String json, TypeReference<List<T>> type) {
        try {
            return json == null ? null : JSON.readValue(json, type);
        } catch (IOException e) {
            throw new UncheckedIOException("not a JSON list in the catalogue: " + json, e);
        }
    }

    /** A value inside a single-quoted Flink SQL string literal. */
    private static String quoted(String value) {
        return value == null ? "" : value.replace("'", "''");
    }
}
