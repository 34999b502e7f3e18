package vn.ioc.generate;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import vn.ioc.feed.Codes;
import vn.ioc.feed.DossierSnapshot;
import vn.ioc.feed.Feed;
import vn.ioc.feed.ProcessingStep;
import vn.ioc.progress.Progress;

/**
 * Dossiers of one period: plans with quota-assigned properties per level, then their snapshots, processing steps
 * and exchange calls, delivered with duplicates, swaps and late arrivals. Only what happened by the end of the
 * period is delivered, so dossiers submitted near its end are still open.
 */
final class DossierGenerator {
    private final Catalogue catalogue;
    private final Registries registries;
    private final long cutoff;
    private final SplittableRandom rnd;
    private long callSeq;
    /**
     * Dossiers numbered so far per day of submission, across calls of {@link #render}: a dossier planned in one
     * month can be submitted on the next working day, in the next month.
     */
    private final int[] seqPerDay = new int[40_000];

    /** @param to the end of the generated period: what happened after it is not delivered */
    DossierGenerator(Catalogue catalogue, Registries registries, LocalDate to, SplittableRandom rnd) {
        this.catalogue = catalogue;
        this.registries = registries;
        this.cutoff = Calendar.at(to, 23, 59) + 59;
        this.rnd = rnd;
    }

    /**
     * Plans for one level of some units, submitted from {@code from} to {@code to}; every quota of the reference
     * figures is met exactly (up to rounding).
     */
    List<Plan> plan(ReferenceRates.Level ref, int count, List<AgencyTree.Unit> units, LocalDate from, LocalDate to) {
        List<Plan> plans = new ArrayList<>(count);
        boolean[] all = Quotas.all(count);
        boolean[] citizen = Quotas.pick(all, ref.citizenShare(), rnd);
        boolean[] online = Quotas.pick(all, ref.online().fraction(), rnd);
        boolean[] fee = Quotas.pick(all, ref.feeBearingShare(), rnd);
        boolean[] paid = Quotas.pick(fee, ref.paidOnline().fraction(), rnd);
        boolean[] digitized = Quotas.pick(all, ref.digitized().fraction(), rnd);
        boolean[] reused = Quotas.pick(all, ref.reused().fraction(), rnd);
        boolean[] population = Quotas.pick(citizen, ref.populationData().fraction(), rnd);
        for (int i = 0; i < count; i++) {
            Plan p = new Plan();
            p.level = ref.code();
            p.unit = units.get((int) Math.min(units.size() - 1,
                    Math.floor(-Math.log(1 - rnd.nextDouble()) * units.size() / 2.5)));
            p.applicantType = citizen[i] ? Codes.APPLICANT_CITIZEN
                    : rnd.nextInt(100) < 90 ? Codes.APPLICANT_ENTERPRISE : 3 + rnd.nextInt(2);
            p.channel = online[i] ? Codes.CHANNEL_ONLINE
                    : rnd.nextInt(100) < 3 ? Codes.CHANNEL_POSTAL : Codes.CHANNEL_IN_PERSON;
            p.feeBearing = fee[i];
            p.paidOnline = paid[i];
            p.paymentChannel = paid[i] ? (rnd.nextInt(100) < 70 ? 1 : 2) : (p.feeBearing ? 3 * rnd.nextInt(2) : 0);
            p.digitized = digitized[i];
            p.reused = reused[i];
            p.fromStore = p.reused && rnd.nextInt(3) == 0 || rnd.nextInt(100) < 2;
            p.populationUsed = population[i];
            p.vneid = p.populationUsed && p.channel == Codes.CHANNEL_ONLINE && rnd.nextInt(10) < 8;
            p.declaresPopulation = p.populationUsed && (!p.vneid || rnd.nextBoolean());
            p.declaresBusiness = p.applicantType == Codes.APPLICANT_ENTERPRISE && rnd.nextInt(10) < 7;
            p.declaresInsurance = p.applicantType == Codes.APPLICANT_CITIZEN && rnd.nextInt(10) == 0;
            p.procedure = catalogue.pick(p.level, p.applicantType, p.feeBearing, rnd);
            chooseApplicant(p);
            lifecycle(p, from, to);
            plans.add(p);
        }
        boolean[] finished = new boolean[count];
        for (int i = 0; i < count; i++) {
            finished[i] = plans.get(i).finishedBy(cutoff);
        }
        int eResults = (int) Math.round(count * ref.eResult().fraction());
        int[] finishedPositions = java.util.stream.IntStream.range(0, count).filter(i -> finished[i]).toArray();
        boolean[] eResult = Quotas.mark(count, finishedPositions, eResults, rnd);
        for (int i = 0; i < count; i++) {
            plans.get(i).eResult = eResult[i];
        }
        return plans;
    }

    private void chooseApplicant(Plan p) {
        if (p.applicantType == Codes.APPLICANT_CITIZEN) {
            int roll = rnd.nextInt(1000);
            if (roll < 3) {
                p.applicantId = "999" + String.format("%09d", rnd.nextInt(1_000_000_000));
                p.identKind = Codes.ID_CITIZEN_12;
            } else if (roll < 13) {
                p.applicantId = registries.unregisteredCitizen(rnd);
                p.identKind = Codes.ID_CITIZEN_12;
            } else {
                int i = rnd.nextInt(registries.citizens.length);
                p.applicantRegistered = true;
                p.insuranceCode = registries.insuranceOfCitizen[i];
                if (registries.oldCards[i] != null && rnd.nextInt(10) == 0) {
                    p.applicantId = registries.oldCards[i];
                    p.identKind = Codes.ID_OLD_CARD_9;
                } else {
                    p.applicantId = registries.citizenId(i);
                    p.identKind = Codes.ID_CITIZEN_12;
                }
            }
        } else if (p.applicantType == Codes.APPLICANT_ENTERPRISE) {
            p.applicantId = registries.enterprises[rnd.nextInt(registries.enterprises.length)];
            p.applicantRegistered = true;
        } else {
            p.applicantId = "QD-" + (1000 + rnd.nextInt(9000));
        }
    }

    private void lifecycle(Plan p, LocalDate from, LocalDate to) {
        long days = to.toEpochDay() - from.toEpochDay() + 1;
        LocalDate day;
        do {
            day = from.plusDays(rnd.nextLong(days));
        } while (!Calendar.workingDay(day) && rnd.nextInt(10) > 0);
        if (p.channel == Codes.CHANNEL_ONLINE) {
            p.submitted = Calendar.at(day, 6 + rnd.nextInt(17), rnd.nextInt(60));
            LocalDate receiveDay = Calendar.workingDay(day) && Calendar.day(p.submitted).equals(day)
                    && p.submitted < Calendar.at(day, 15, 0) ? day : Calendar.addWorkingDays(day, 1);
            p.received = Math.max(p.submitted + 600, Calendar.at(receiveDay, 8 + rnd.nextInt(8), rnd.nextInt(60)));
        } else {
            LocalDate d = Calendar.workingDay(day) ? day : Calendar.addWorkingDays(day, 1);
            p.submitted = Calendar.at(d, 7 + rnd.nextInt(9), rnd.nextInt(60));
            p.received = p.submitted;
        }
        LocalDate receivedDay = Calendar.day(p.received);
        p.due = Calendar.at(Calendar.addWorkingDays(receivedDay, p.procedure.durationDays()), 17, 0);

        int roll = rnd.nextInt(1000);
        p.outcome = roll < 20 ? Plan.Outcome.REFUSED : roll < 30 ? Plan.Outcome.WITHDRAWN
                : roll < 35 ? Plan.Outcome.STOPPED : Plan.Outcome.FINISHED;
        if (p.outcome != Plan.Outcome.FINISHED) {
            p.closedAt = p.received + 3600L * (4 + rnd.nextInt(72));
            return;
        }
        p.supplement = rnd.nextInt(100) < 6;
        if (p.supplement) {
            p.supplementRequested = Calendar.at(Calendar.addWorkingDays(receivedDay, 1), 10, 0);
            int waitDays = 1 + rnd.nextInt(3);
            p.supplementAnswered = Calendar.at(Calendar.addWorkingDays(receivedDay, 1 + waitDays), 9, 0);
            p.newDue = Calendar.at(Calendar.addWorkingDays(Calendar.day(p.due), waitDays), 17, 0);
        }
        int t = rnd.nextInt(10_000);
        // Bình Định Q1 2021 (seed 004): 103,299 early, 2,596 on time, 1,779 late of 107,674 resolved
        p.timing = t < 165 ? Plan.Timing.LATE : t < 406 ? Plan.Timing.ON_TIME : Plan.Timing.EARLY;
        long start = Math.max(p.received, p.supplementAnswered) + 1800;
        LocalDate dueDay = Calendar.day(p.effectiveDue());
        switch (p.timing) {
            case LATE -> p.finished = Calendar.at(Calendar.addWorkingDays(dueDay, 1 + rnd.nextInt(5)),
                    8 + rnd.nextInt(8), rnd.nextInt(60));
            case ON_TIME -> p.finished = Math.max(start, Calendar.at(dueDay, 8 + rnd.nextInt(8), rnd.nextInt(60)));
            default -> {
                long dayStart = Calendar.at(dueDay, 0, 0);
                p.finished = dayStart - 3600 > start ? start + rnd.nextLong(dayStart - 3600 - start) : start;
            }
        }
        if (p.timing == Plan.Timing.EARLY && Calendar.day(p.finished).equals(dueDay)) {
            p.timing = Plan.Timing.ON_TIME;
        }
        p.paymentStep = p.paidOnline && rnd.nextBoolean();
        p.returned = rnd.nextInt(100) < 85;
        if (p.returned) {
            p.returnedAt = p.finished + 3600L * (1 + rnd.nextInt(48));
        }
    }

    /** Writes every plan's lines into the buffer in submission order; {@code truth} may be null. */
    void render(List<Plan> plans, Delivery buffer, GroundTruth truth, Progress progress) throws IOException {
        plans.sort(Comparator.comparingLong(p -> p.submitted));
        for (Plan p : plans) {
            int dayIndex = (int) (Calendar.day(p.submitted).toEpochDay() % seqPerDay.length);
            p.dossierId = p.unit.code() + "-" + Calendar.format(p.submitted).substring(2, 8) + "-"
                    + Digits.padded(++seqPerDay[dayIndex], 4);
            buffer.startDossier(p.submitted);
            renderSnapshots(p, buffer, truth);
            if (p.received <= cutoff) {
                renderSteps(p, buffer);
                renderCalls(p, buffer);
            }
            buffer.endDossier(p);
            progress.add(1);
        }
    }

    private void renderSnapshots(Plan p, Delivery buffer, GroundTruth truth) throws IOException {
        List<long[]> events = new ArrayList<>();
        if (p.channel == Codes.CHANNEL_ONLINE) {
            events.add(new long[] {1, p.submitted});
        }
        events.add(new long[] {2, p.received});
        switch (p.outcome) {
            case REFUSED -> events.add(new long[] {3, p.closedAt});
            case WITHDRAWN -> events.add(new long[] {7, p.closedAt});
            case STOPPED -> events.add(new long[] {8, p.closedAt});
            default -> {
                events.add(new long[] {4, p.received + 1800});
                if (p.supplement) {
                    events.add(new long[] {5, p.supplementRequested});
                    events.add(new long[] {4, p.supplementAnswered});
                }
                if (p.paymentStep) {
                    events.add(new long[] {6, p.finished - 3600});
                }
                events.add(new long[] {9, p.finished});
                if (p.returned) {
                    events.add(new long[] {10, p.returnedAt});
                }
            }
        }
        int delivered = 0;
        while (delivered < events.size() && events.get(delivered)[1] <= cutoff) {
            delivered++;
        }
        long previousDelivery = 0;
        int lastStatus = 0;
        for (int k = 0; k < delivered; k++) {
            long at = events.get(k)[1];
            lastStatus = (int) events.get(k)[0];
            DossierSnapshot s = buffer.wantsSnapshot(k, delivered) ? snapshot(p, lastStatus, at, k > 0) : null;
            long deliverAt = Math.max(at, previousDelivery) + 1 + rnd.nextInt(300);
            boolean reordered = k > 0 && rnd.nextInt(100) < 20;
            if (reordered) {
                // delivered before the snapshot it follows: the pipeline must order by content, not arrival
                deliverAt = Math.max(p.submitted, previousDelivery - 1 - rnd.nextInt(60));
            }
            boolean late = rnd.nextInt(100) == 0;
            if (late) {
                deliverAt += 86_400L * (2 + rnd.nextInt(4));
            }
            previousDelivery = Math.max(previousDelivery, deliverAt);
            if (s != null) {
                buffer.add(deliverAt, Feed.DOSSIER_SYNC, s);
            }
            boolean duplicated = rnd.nextInt(100) < 10;
            if (duplicated) {
                long again = deliverAt + 1 + rnd.nextInt(3600);
                if (s != null) {
                    buffer.add(again, Feed.DOSSIER_SYNC, s);
                }
            }
            if (truth != null) {
                truth.snapshot(k > 0, duplicated, reordered, late);
            }
        }
        if (truth != null) {
            truth.dossier(p.dossierId, p.unit.code(), lastStatus);
        }
    }

    private DossierSnapshot snapshot(Plan p, int status, long at, boolean updating) {
        PersonalFields.Snapshot s = new PersonalFields.Snapshot();
        s.maHoSo = p.dossierId;
        s.maTTHC = p.procedure.code();
        s.tenTTHC = p.procedure.name();
        s.maLinhVuc = p.procedure.fieldCode();
        s.tenLinhVuc = p.procedure.fieldName();
        s.kenhThucHien = p.channel;
        s.loaiDoiTuong = p.applicantType;
        s.soGiayToChuHoSo = p.applicantId;
        if (p.applicantType == Codes.APPLICANT_CITIZEN) {
            DossierSnapshot.Identifier id = new DossierSnapshot.Identifier();
            id.loaiDinhDanh = p.identKind;
            id.soDinhDanh = p.applicantId;
            s.dinhDanhCHS = List.of(id);
        }
        SplittableRandom personal = new SplittableRandom(p.dossierId.hashCode());
        s.chuHoSo = Registries.name(personal);
        s.soDienThoai = Registries.phone(personal);
        s.email = p.channel == Codes.CHANNEL_ONLINE ? "nguoidan" + Math.abs(p.dossierId.hashCode() % 100000)
                + "@gmail.com" : null;
        s.maDoiTuong = p.channel == Codes.CHANNEL_ONLINE ? "DVCQG." + Math.abs(p.applicantId.hashCode()) : null;
        s.ngayNopHoSo = Calendar.format(p.submitted);
        s.trangThaiHoSo = status;
        s.donViXuLy = p.unit.code();
        s.isUpdating = updating;
        s.taiKhoanDuocXacThucVoiVNeID = p.vneid ? 1 : 0;
        if (status != 1) {
            s.ngayTiepNhan = Calendar.format(p.received);
            s.ngayHenTra = Calendar.format(at >= p.supplementAnswered && p.newDue != 0 ? p.newDue : p.due);
        }
        s.taiLieuNop = components(p);
        s.hoSoCoThanhPhanSoHoa = p.digitized ? 1 : 0;
        List<DossierSnapshot.DatabaseLink> dbs = new ArrayList<>();
        if (p.declaresPopulation) {
            dbs.add(link(Codes.DB_POPULATION));
        }
        if (p.declaresBusiness) {
            dbs.add(link(Codes.DB_BUSINESS));
        }
        if (p.declaresInsurance) {
            dbs.add(link(Codes.DB_INSURANCE));
        }
        s.dsKetNoiCSDL = dbs.isEmpty() ? null : dbs;
        if (p.feeBearing) {
            DossierSnapshot.Fee fee = new DossierSnapshot.Fee();
            fee.tenPhiLePhi = "Lệ phí " + p.procedure.name().toLowerCase();
            fee.maPhiLePhi = "LP" + p.procedure.code().substring(2);
            fee.hinhThucThu = p.paidOnline ? 2 : 1;
            fee.gia = p.procedure.feeAmount();
            fee.loaiPhiLePhi = 2;
            s.danhSachLePhi = List.of(fee);
        }
        // fees are paid when the dossier is lodged, so every snapshot carries the payment
        s.duocThanhToanTrucTuyen = p.paymentChannel;
        if (p.supplement && at >= p.supplementRequested) {
            DossierSnapshot.Supplement sup = new DossierSnapshot.Supplement();
            sup.ngayYeuCau = Calendar.format(p.supplementRequested);
            sup.lyDo = "Bổ sung giấy tờ còn thiếu";
            if (at >= p.supplementAnswered) {
                sup.ngayNopBoSung = Calendar.format(p.supplementAnswered);
                sup.ngayHenTraMoi = Calendar.format(p.newDue);
            }
            s.danhSachHoSoBoSung = List.of(sup);
        }
        if (status == 9 || status == 10) {
            s.ngayKetThucXuLy = Calendar.format(p.finished);
            if (p.eResult) {
                DossierSnapshot.Result r = new DossierSnapshot.Result();
                r.tenGiayTo = "Kết quả " + p.procedure.name().toLowerCase();
                r.giayToId = "KQ-" + p.dossierId;
                r.maGiayToKetQua = p.procedure.resultCode();
                r.duongDanTepTinKetQua = "/ketqua/" + p.dossierId + ".pdf";
                s.danhSachGiayToKetQua = List.of(r);
            }
        }
        if (status == 10) {
            s.ngayTra = Calendar.format(p.returnedAt);
        }
        if (status == 3) {
            s.ngayTuChoi = Calendar.format(p.closedAt);
        }
        return s;
    }

    private List<DossierSnapshot.Component> components(Plan p) {
        List<DossierSnapshot.Component> out = new ArrayList<>();
        List<Catalogue.Document> docs = p.procedure.documents();
        // the property quotas decide which component carries the flag; the rest stay on paper or plain uploads
        SplittableRandom r = new SplittableRandom(p.dossierId.hashCode() * 31L);
        for (int i = 0; i < docs.size(); i++) {
            Catalogue.Document doc = docs.get(i);
            DossierSnapshot.Component c = new DossierSnapshot.Component();
            c.maThanhPhanHoSo = doc.code();
            c.tenTepDinhKem = doc.name() + ".pdf";
            c.tepDinhKemId = p.dossierId + "-" + i;
            c.isDeleted = false;
            boolean uploaded = p.channel == Codes.CHANNEL_ONLINE || p.digitized;
            c.duongDanTaiTepTin = uploaded ? "/hoso/" + p.dossierId + "/" + i + ".pdf" : null;
            c.duocSoHoa = p.digitized && (i == 0 || r.nextBoolean()) ? 1 : 0;
            c.duocTaiSuDung = 0;
            c.duocLayTuKhoDMQG = 0;
            if (p.reused && i == docs.size() - 1) {
                boolean fromResult = doc.replacedByResult() != null || r.nextBoolean();
                c.duocTaiSuDung = fromResult ? 2 : 1;
                c.maKetQuaThayThe = fromResult
                        ? (doc.replacedByResult() != null ? doc.replacedByResult() : Catalogue.BIRTH_RESULT) : null;
            }
            if (p.fromStore && i == docs.size() - 1) {
                c.duocLayTuKhoDMQG = 1;
            }
            out.add(c);
        }
        if (p.digitized && r.nextInt(50) == 0) {
            DossierSnapshot.Component deleted = new DossierSnapshot.Component();
            deleted.maThanhPhanHoSo = docs.get(0).code();
            deleted.tepDinhKemId = p.dossierId + "-x";
            deleted.isDeleted = true;
            deleted.duocSoHoa = 1;
            out.add(deleted);
        }
        return out;
    }

    private static DossierSnapshot.DatabaseLink link(String code) {
        DossierSnapshot.DatabaseLink l = new DossierSnapshot.DatabaseLink();
        l.maCSDL = code;
        return l;
    }

    private void renderSteps(Plan p, Delivery buffer) throws IOException {
        String leaderTitle = switch (p.level) {
            case 1 -> "Phó Giám đốc Sở";
            case 2 -> "Phó Chủ tịch UBND huyện";
            default -> "Phó Chủ tịch UBND xã";
        };
        String desk = p.unit.officer("mc", 1 + rnd.nextInt(3));
        long receivedDayEnd = Calendar.at(Calendar.day(p.received), 17, 0);
        step(buffer, p, desk, "Chuyên viên", "Bộ phận Một cửa", p.received, p.received,
                Math.max(receivedDayEnd, p.received), 2, "Tiếp nhận hồ sơ");
        String specialist = p.unit.officer("cv", 1 + rnd.nextInt(6));
        if (p.outcome != Plan.Outcome.FINISHED) {
            String what = switch (p.outcome) {
                case REFUSED -> "Từ chối giải quyết hồ sơ";
                case WITHDRAWN -> "Công dân rút hồ sơ";
                default -> "Dừng xử lý hồ sơ";
            };
            int status = p.outcome == Plan.Outcome.REFUSED ? 3 : p.outcome == Plan.Outcome.WITHDRAWN ? 7 : 8;
            step(buffer, p, specialist, "Chuyên viên", "Phòng chuyên môn", p.closedAt, p.received, p.due, status, what);
            return;
        }
        long due = p.effectiveDue();
        long reviewDeadline = Math.max(p.received, due - 86_400);
        // a late dossier went late at review: that officer is the one the province names
        long reviewDone = p.timing == Plan.Timing.LATE ? p.finished - 3600
                : Math.max(p.received + 900, Math.min(p.finished - 3600, reviewDeadline));
        step(buffer, p, specialist, "Chuyên viên", "Phòng chuyên môn", reviewDone, p.received, reviewDeadline, 4,
                "Thẩm định hồ sơ");
        step(buffer, p, p.unit.officer("ld", 1 + rnd.nextInt(2)), leaderTitle, "Lãnh đạo", p.finished, reviewDone,
                due, 9, "Phê duyệt kết quả");
        if (p.returned) {
            step(buffer, p, desk, "Chuyên viên", "Bộ phận Một cửa", p.returnedAt, p.finished, p.returnedAt, 10,
                    "Trả kết quả");
        }
    }

    private void step(Delivery buffer, Plan p, String officer, String title, String unit, long at, long start,
            long deadline, int status, String content) throws IOException {
        if (at > cutoff) {
            return;
        }
        ProcessingStep s = new ProcessingStep();
        s.maHoSo = p.dossierId;
        s.donViXuLy = p.unit.code();
        s.nguoiXuLy = officer;
        s.chucDanh = title;
        s.phongBanXuLy = unit;
        s.thoiDiemXuLy = Calendar.format(at);
        s.noiDungXuLy = content;
        s.trangThai = status;
        s.ngayBatDau = Calendar.format(start);
        s.ngayKetThucTheoQuyDinh = Calendar.format(deadline);
        long deliverAt = at + 1 + rnd.nextInt(600);
        buffer.add(deliverAt, Feed.PROCESSING_LOG, s);
        if (rnd.nextInt(100) < 3) {
            buffer.add(deliverAt + 60, Feed.PROCESSING_LOG, s);
        }
    }

    private void renderCalls(Plan p, Delivery buffer) throws IOException {
        if (p.declaresPopulation && rnd.nextInt(100) >= 5) {
            call(buffer, p, Codes.DB_POPULATION,
                    new String[] {"XacThucCongDan", "XacThucHoGiaDinh", "TraCuuCongDan"}[rnd.nextInt(3)], p.applicantId);
        }
        if (p.declaresBusiness && rnd.nextInt(100) >= 5) {
            call(buffer, p, Codes.DB_BUSINESS, "TraCuuDoanhNghiep", p.applicantId);
        }
        if (p.declaresInsurance && rnd.nextInt(100) >= 5) {
            call(buffer, p, Codes.DB_INSURANCE, "TraCuuTheBHYT", p.insuranceCode != null ? p.insuranceCode : p.applicantId);
        }
        if (!p.declaresPopulation && p.applicantType == Codes.APPLICANT_CITIZEN && rnd.nextInt(100) < 3) {
            call(buffer, p, Codes.DB_POPULATION, "TraCuuCongDan", p.applicantId);
        }
    }

    private void call(Delivery buffer, Plan p, String database, String api, String subject) throws IOException {
        PersonalFields.Call c = new PersonalFields.Call();
        c.maYeuCau = "YC" + Digits.padded(++callSeq, 10);
        c.maHoSo = rnd.nextInt(200) == 0 ? null : p.dossierId;
        c.maCSDL = database;
        c.maAPI = api;
        c.maDVC = p.procedure.code();
        c.maTichHop = rnd.nextInt(10) < 7 ? "NDXP" : "LGSP";
        c.maDonVi = p.unit.code();
        c.maCanBo = p.unit.officer("mc", 1 + rnd.nextInt(3));
        c.soDinhDanh = subject;
        long at = p.received + 30 + rnd.nextInt(1800);
        c.thoiDiemGoi = Calendar.format(at);
        int roll = rnd.nextInt(100);
        c.ketQua = !p.applicantRegistered ? 3 : roll < 2 ? 4 : roll < 5 ? 2 : 1;
        c.thoiGianPhanHoiMs = c.ketQua == 4 ? 3000 + rnd.nextInt(27_000)
                : (int) Math.round(Math.exp(Math.log(150) + 0.6 * gaussian()));
        c.hoVaTen = Registries.name(rnd);
        c.ngayThangNamSinh = p.applicantType == Codes.APPLICANT_CITIZEN ? "19800101" : null;
        buffer.add(at + rnd.nextInt(120), Feed.EXCHANGE_LOG, c);
    }

    private double gaussian() {
        double u = 1 - rnd.nextDouble();
        double v = rnd.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    }
}
