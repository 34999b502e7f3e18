package vn.ioc.bench;

import com.clickhouse.client.api.Client;
import com.clickhouse.data.ClickHouseFormat;
import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import vn.ioc.clickhouse.ClickHouseQueries;
import vn.ioc.feed.Feed;
import vn.ioc.generate.FeedGenerator;

/**
 * The path to compare against: no Flink at all. The raw dossier, processing-log and exchange-log feeds are loaded
 * into ClickHouse with JSONEachRow (nested lists skipped), and the wide tables are built with INSERT … SELECT:
 * the latest state per dossier by its latest event and status, steps and calls with parsed times. It does less
 * than the pipeline (no pseudonyms, no components, no registry joins, no rejected records): a lower bound of the
 * work, for speed only.
 */
final class ClickHouseAlone {
    record Result(long lines, double seconds) {
        double linesPerSecond() {
            return lines / seconds;
        }
    }

    private static final Map<String, String> SKIP_UNKNOWN = Map.of("input_format_skip_unknown_fields", "1");

    private ClickHouseAlone() {}

    /** The three feeds this path loads. */
    static final List<Feed> LOADED = List.of(Feed.DOSSIER_SYNC, Feed.PROCESSING_LOG, Feed.EXCHANGE_LOG);

    /** @param lines how many lines the {@link #LOADED} feeds hold (the generator knows; no need to read them twice) */
    static Result run(Client client, String db, Path feeds, long lines) throws Exception {
        create(client, db);
        long started = System.nanoTime();
        for (Feed feed : LOADED) {
            for (Path file : files(feeds.resolve(feed.directory()))) {
                ClickHouseQueries.insertFile(client, raw(db, feed), file, ClickHouseFormat.JSONEachRow, SKIP_UNKNOWN);
            }
        }
        build(client, db);
        return new Result(lines, (System.nanoTime() - started) / 1e9);
    }

    /**
     * The same, for feeds that are generated rather than written to disk: the generator's lines of the loaded
     * feeds go straight into one insert per feed as it writes them, so the time includes generating them, as the
     * job's own time does when it generates its feeds.
     */
    static Result run(Client client, String db, FeedGenerator generator) throws Exception {
        create(client, db);
        long started = System.nanoTime();
        Map<Feed, PipedOutputStream> pipes = new EnumMap<>(Feed.class);
        Map<Feed, OutputStream> outs = new EnumMap<>(Feed.class);
        ExecutorService inserts = Executors.newFixedThreadPool(LOADED.size());
        List<Future<?>> done = new ArrayList<>();
        long[] lines = {0};
        try {
            for (Feed feed : LOADED) {
                PipedInputStream in = new PipedInputStream(1 << 20);
                pipes.put(feed, new PipedOutputStream(in));
                outs.put(feed, new BufferedOutputStream(pipes.get(feed), 1 << 16));
                done.add(inserts.submit(() -> {
                    try (in) {
                        ClickHouseQueries.insert(client, raw(db, feed), in, ClickHouseFormat.JSONEachRow, SKIP_UNKNOWN);
                    }
                    return null;
                }));
            }
            generator.generate((feed, file, offset, line) -> {
                OutputStream out = outs.get(feed);
                if (out != null) {
                    out.write(line);
                    out.write('\n');
                    lines[0]++;
                }
            });
            for (OutputStream out : outs.values()) {
                out.close();
            }
            for (Future<?> insert : done) {
                insert.get();
            }
        } finally {
            inserts.shutdownNow();
        }
        build(client, db);
        return new Result(lines[0], (System.nanoTime() - started) / 1e9);
    }

    private static String raw(String db, Feed feed) {
        return db + ".raw_" + feed.directory().replace('-', '_');
    }

    private static void create(Client client, String db) throws Exception {
        ClickHouseQueries.execute(client, "DROP DATABASE IF EXISTS " + db);
        ClickHouseQueries.execute(client, "CREATE DATABASE " + db);
        ClickHouseQueries.execute(client, "CREATE TABLE " + db + ".raw_dossier_sync (MaHoSo String, MaTTHC String,"
                + " KenhThucHien UInt8, LoaiDoiTuong UInt8, DonViXuLy String, TrangThaiHoSo UInt8, NgayNopHoSo String,"
                + " NgayTiepNhan String, NgayHenTra String, NgayKetThucXuLy String, NgayTra String, NgayTuChoi String,"
                + " HoSoCoThanhPhanSoHoa UInt8, TaiKhoanDuocXacThucVoiVNeID UInt8, DuocThanhToanTrucTuyen UInt8)"
                + " ENGINE = MergeTree ORDER BY MaHoSo");
        ClickHouseQueries.execute(client, "CREATE TABLE " + db + ".raw_processing_log (MaHoSo String,"
                + " DonViXuLy String, NguoiXuLy String, ThoiDiemXuLy String, TrangThai UInt8,"
                + " NgayKetThucTheoQuyDinh String) ENGINE = MergeTree ORDER BY MaHoSo");
        ClickHouseQueries.execute(client, "CREATE TABLE " + db + ".raw_exchange_log (MaYeuCau String, MaHoSo String,"
                + " MaCSDL String, MaAPI String, MaDonVi String, ThoiDiemGoi String, KetQua UInt8,"
                + " ThoiGianPhanHoiMs UInt32) ENGINE = MergeTree ORDER BY MaYeuCau");
        ClickHouseQueries.execute(client, "CREATE TABLE " + db + ".dossiers (dossier_id String, agency_code String,"
                + " procedure_code String, channel UInt8, applicant_type UInt8, status UInt8, submitted_at DateTime,"
                + " due_at Nullable(DateTime), finished_at Nullable(DateTime), digitized UInt8, vneid UInt8,"
                + " paid_online UInt8) ENGINE = MergeTree PARTITION BY toYYYYMM(submitted_at) ORDER BY dossier_id");
        ClickHouseQueries.execute(client, "CREATE TABLE " + db + ".steps (dossier_id String, agency_code String,"
                + " officer String, step_at DateTime, status UInt8, late UInt8) ENGINE = MergeTree"
                + " ORDER BY (dossier_id, step_at)");
        ClickHouseQueries.execute(client, "CREATE TABLE " + db + ".calls (call_id String, dossier_id String,"
                + " database String, api String, caller_agency String, called_at DateTime, outcome UInt8,"
                + " latency_ms UInt32) ENGINE = MergeTree ORDER BY call_id");

    }

    /** The wide tables from the raw ones. */
    private static void build(Client client, String db) throws Exception {
        // the snapshot with the latest event, then the highest status, is the dossier's state (18.16's greatest()
        // takes two numbers)
        String latest = "(greatest(greatest(greatest(" + number("NgayNopHoSo") + ", " + number("NgayTiepNhan") + "),"
                + " greatest(" + number("NgayKetThucXuLy") + ", " + number("NgayTra") + ")), " + number("NgayTuChoi")
                + "), TrangThaiHoSo)";
        ClickHouseQueries.execute(client, "INSERT INTO " + db + ".dossiers SELECT MaHoSo, any(DonViXuLy), any(MaTTHC),"
                + " any(KenhThucHien), any(LoaiDoiTuong), argMax(TrangThaiHoSo, " + latest + "), "
                + time("min(NgayNopHoSo)") + ", " + nullableTime("argMax(NgayHenTra, " + latest + ")") + ", "
                + nullableTime("max(NgayKetThucXuLy)") + ","
                + " max(HoSoCoThanhPhanSoHoa), max(TaiKhoanDuocXacThucVoiVNeID), max(DuocThanhToanTrucTuyen IN (1, 2))"
                + " FROM " + db + ".raw_dossier_sync GROUP BY MaHoSo");
        ClickHouseQueries.execute(client, "INSERT INTO " + db + ".steps SELECT MaHoSo, DonViXuLy, NguoiXuLy, "
                + time("ThoiDiemXuLy") + ", TrangThai, NgayKetThucTheoQuyDinh != '' AND ThoiDiemXuLy >"
                + " NgayKetThucTheoQuyDinh FROM " + db + ".raw_processing_log");
        ClickHouseQueries.execute(client, "INSERT INTO " + db + ".calls SELECT MaYeuCau, MaHoSo, MaCSDL, MaAPI, MaDonVi, "
                + time("ThoiDiemGoi") + ", KetQua, ThoiGianPhanHoiMs FROM " + db + ".raw_exchange_log");
    }

    /** A yyyyMMddHHmmss text as DateTime, with string functions 18.16 has. */
    private static String time(String text) {
        return "toDateTime(concat(substring(" + text + ", 1, 4), '-', substring(" + text + ", 5, 2), '-', substring("
                + text + ", 7, 2), ' ', substring(" + text + ", 9, 2), ':', substring(" + text + ", 11, 2), ':',"
                + " substring(" + text + ", 13, 2)))";
    }

    private static String number(String column) {
        return "toUInt64OrZero(" + column + ")";
    }

    /** Null for an empty text: 18.16 evaluates both branches of if(), so the conversion itself must not fail. */
    private static String nullableTime(String text) {
        return "toDateTimeOrNull(" + time(text).substring("toDateTime(".length());
    }

    private static List<Path> files(Path dir) throws Exception {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(Files::isRegularFile).sorted().toList();
        }
    }
}
