package vn.ioc.generate;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import vn.ioc.feed.Codes;
import vn.ioc.feed.Petition;
import vn.ioc.feed.Publication;
import vn.ioc.feed.ReceptionReport;

/**
 * The small feeds behind transparency and satisfaction, consistent with the generated dossiers: the province's
 * publication of every procedure in its catalogue, petitions and reception ratings about units and dossiers, and
 * each unit's own daily count of received dossiers, which a few unsynced dossiers make larger than what was synced.
 */
final class PublicServiceEvents {
    private final LocalDate from;
    private final LocalDate to;
    private final long cutoff;
    private final SplittableRandom rnd;

    private final String province;
    /** The province's tag in petition ids: H08 for 000.00.00.H08. */
    private final String tag;
    private final int firstDecision;
    private int seq = 1;

    /**
     * @param province the publishing province's agency code; petitions of its units are numbered in one sequence
     * @param firstDecision the number of its first publication decision
     */
    PublicServiceEvents(LocalDate from, LocalDate to, SplittableRandom rnd, String province, int firstDecision) {
        this.from = from;
        this.to = to;
        this.cutoff = Calendar.at(to, 23, 59) + 59;
        this.rnd = rnd;
        this.province = province;
        this.tag = province.substring(province.lastIndexOf('.') + 1);
        this.firstDecision = firstDecision;
    }

    /** One decision per procedure, due between the period's start and {@code until}. */
    void writePublications(List<Catalogue.Proc> procedures, RecordOut out, LocalDate until) throws IOException {
        long days = until.toEpochDay() - from.toEpochDay() + 1;
        int decision = firstDecision;
        for (Catalogue.Proc proc : procedures) {
            LocalDate dueDay = from.plusDays(rnd.nextLong(days));
            Publication p = new Publication();
            p.soQuyetDinh = decision++ + "/QĐ-UBND";
            p.maTTHC = proc.code();
            p.maDonVi = province;
            p.hanCongBo = Calendar.format(Calendar.at(dueDay, 17, 0));
            long published = rnd.nextInt(100) < 90 ? Calendar.at(dueDay.minusDays(rnd.nextInt(5)), 9, 0)
                    : Calendar.at(Calendar.addWorkingDays(dueDay, 1 + rnd.nextInt(10)), 9, 0);
            p.ngayCongBo = published <= cutoff ? Calendar.format(published) : null;
            LocalDate publicDueDay = Calendar.addWorkingDays(Calendar.day(published), 5);
            p.hanCongKhai = Calendar.format(Calendar.at(publicDueDay, 17, 0));
            long madePublic = rnd.nextInt(100) < 85 ? Calendar.at(publicDueDay.minusDays(rnd.nextInt(3)), 14, 0)
                    : Calendar.at(Calendar.addWorkingDays(publicDueDay, 1 + rnd.nextInt(10)), 14, 0);
            p.ngayCongKhai = p.ngayCongBo != null && madePublic <= cutoff ? Calendar.format(madePublic) : null;
            p.dayDuNoiDung = rnd.nextInt(100) < 95 ? 1 : 0;
            p.thoiDiemCapNhat = Calendar.format(Math.min(cutoff, Math.max(published, madePublic)));
            out.write(p);
        }
    }

    /** About one petition per 150 dossiers and a rating for one dossier in 25, one in ten of them dissatisfied. */
    void writePetitions(List<Plan> plans, RecordOut out) throws IOException {
        for (Plan plan : plans) {
            if (plan.received == 0 || plan.received > cutoff) {
                continue;
            }
            if (rnd.nextInt(150) == 0) {
                Petition p = new Petition();
                p.loai = Codes.PETITION_PAKN;
                p.maPAKN = "PAKN-" + tag + "-" + Digits.padded(seq++, 6);
                p.maDonVi = plan.unit.code();
                p.maHoSo = rnd.nextBoolean() ? plan.dossierId : null;
                long received = plan.received + 86_400L * (1 + rnd.nextInt(10));
                LocalDate receivedDay = Calendar.day(received);
                p.ngayTiepNhan = Calendar.format(received);
                long due = Calendar.at(Calendar.addWorkingDays(receivedDay, 10), 17, 0);
                p.hanXuLy = Calendar.format(due);
                int roll = rnd.nextInt(100);
                long handled = roll < 85 ? Calendar.at(Calendar.addWorkingDays(receivedDay, 1 + rnd.nextInt(9)), 10, 0)
                        : roll < 95 ? Calendar.at(Calendar.addWorkingDays(receivedDay, 11 + rnd.nextInt(10)), 10, 0)
                        : 0;
                long updated = received;
                if (handled != 0 && handled <= cutoff) {
                    p.ngayXuLy = Calendar.format(handled);
                    p.haiLong = rnd.nextInt(100) < 80 ? 1 : 0;
                    updated = handled;
                }
                if (received <= cutoff) {
                    p.thoiDiemCapNhat = Calendar.format(updated);
                    out.write(p);
                }
            }
            if (rnd.nextInt(25) == 0) {
                Petition r = new Petition();
                r.loai = Codes.PETITION_RATING;
                r.maPAKN = "DG-" + tag + "-" + Digits.padded(seq++, 6);
                r.maDonVi = plan.unit.code();
                r.maHoSo = plan.dossierId;
                r.ngayTiepNhan = Calendar.format(plan.received);
                r.mucDoHaiLong = rnd.nextInt(10) == 0 ? Codes.RATING_DISSATISFIED : 1 + rnd.nextInt(2);
                r.thoiDiemCapNhat = r.ngayTiepNhan;
                out.write(r);
            }
        }
    }

    /** Each unit's count of dossiers received per day, including about 2 % that never reached the portal. */
    void writeReceptionReports(List<Plan> plans, RecordOut out) throws IOException {
        Map<String, Integer> counts = new TreeMap<>();
        for (Plan plan : plans) {
            if (plan.received != 0 && plan.received <= cutoff) {
                counts.merge(plan.unit.code() + "|" + Calendar.day(plan.received), 1, Integer::sum);
            }
        }
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            int bar = e.getKey().indexOf('|');
            LocalDate day = LocalDate.parse(e.getKey().substring(bar + 1));
            int unsynced = 0;
            for (int i = 0; i < e.getValue(); i++) {
                unsynced += rnd.nextInt(50) == 0 ? 1 : 0;
            }
            ReceptionReport r = new ReceptionReport();
            r.maDonVi = e.getKey().substring(0, bar);
            r.ngay = day.toString().replace("-", "");
            r.soHoSoTiepNhan = e.getValue() + unsynced;
            r.thoiDiemBaoCao = Calendar.format(Calendar.at(day, 23, 0));
            out.write(r);
        }
    }
}
