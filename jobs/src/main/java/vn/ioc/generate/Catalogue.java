package vn.ioc.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import vn.ioc.feed.Codes;
import vn.ioc.feed.Procedure;

/**
 * The procedure catalogue (LayThuTuc shape). For every level, applicant kind and fee/no-fee there is a pool of
 * procedures, so that the quotas can give each dossier a procedure that fits it. Documents carry MA_KQ_THAYTHE
 * (an earlier result that replaces them) or MA_CSDL_THAYTHE (a national database that does): the reuse
 * opportunities.
 */
final class Catalogue {
    private static final String[][] NAMES = {
        {"Cấp Phiếu lý lịch tư pháp", "Đổi giấy phép lái xe", "Cấp chứng chỉ hành nghề khám bệnh, chữa bệnh",
            "Công nhận văn bằng do cơ sở nước ngoài cấp", "Cấp giấy phép lao động cho người nước ngoài",
            "Đăng ký hành nghề luật sư", "Cấp thẻ hướng dẫn viên du lịch", "Cấp chứng chỉ hành nghề xây dựng",
            "Đăng ký thành lập doanh nghiệp", "Đăng ký thay đổi nội dung đăng ký doanh nghiệp",
            "Cấp giấy chứng nhận đủ điều kiện an toàn thực phẩm", "Cấp giấy phép bán buôn rượu",
            "Cấp giấy chứng nhận đăng ký đầu tư", "Cấp giấy phép môi trường", "Cấp giấy phép khai thác nước mặt"},
        {"Đăng ký hộ kinh doanh", "Cấp giấy chứng nhận quyền sử dụng đất lần đầu", "Đăng ký biến động đất đai",
            "Cấp giấy phép xây dựng nhà ở riêng lẻ", "Đăng ký kết hôn có yếu tố nước ngoài",
            "Cấp giấy chứng nhận đủ điều kiện kinh doanh xăng dầu", "Chứng thực bản sao từ bản chính",
            "Trợ cấp xã hội hằng tháng", "Thay đổi, cải chính hộ tịch", "Cấp giấy phép bán lẻ rượu"},
        {"Đăng ký khai sinh", "Đăng ký kết hôn", "Đăng ký khai tử", "Chứng thực chữ ký",
            "Cấp giấy xác nhận tình trạng hôn nhân", "Đăng ký thường trú", "Đăng ký giám hộ",
            "Xác nhận hộ nghèo", "Chứng thực hợp đồng, giao dịch", "Đăng ký nhận cha, mẹ, con"}
    };
    private static final String[][] FIELDS = {
        {"G15-LLTP", "Lý lịch tư pháp"}, {"G12-DKKD", "Đăng ký kinh doanh"}, {"G10-DD", "Đất đai"},
        {"G05-XD", "Xây dựng"}, {"G15-HT", "Hộ tịch"}, {"G15-CT", "Chứng thực"}, {"G16-YT", "Y tế"},
        {"G09-LD", "Lao động"}, {"G07-CT", "Công thương"}, {"G13-MT", "Môi trường"}
    };
    /** The birth registration result: what a birth certificate component can be replaced by. */
    static final String BIRTH_RESULT = "KQ.G15.000123";

    record Document(String code, String name, String replacedByResult, String replacedByDatabase) {}

    record Proc(String code, String name, int level, int applicantType, boolean fee, long feeAmount,
            int durationDays, String fieldCode, String fieldName, List<Document> documents, String resultCode) {}

    private final List<Proc> all = new ArrayList<>();
    /** pools[level-1][applicantType-1][fee?1:0] */
    private final List<List<List<List<Proc>>>> pools = new ArrayList<>();

    Catalogue(SplittableRandom rnd) {
        int seq = 1;
        int[] perPool = {4, 3, 3};
        for (int level = 1; level <= 3; level++) {
            List<List<List<Proc>>> byType = new ArrayList<>();
            for (int type = 1; type <= 2; type++) {
                List<List<Proc>> byFee = new ArrayList<>();
                for (int fee = 0; fee <= 1; fee++) {
                    List<Proc> pool = new ArrayList<>();
                    for (int i = 0; i < perPool[level - 1]; i++) {
                        String[] names = NAMES[level - 1];
                        String name = names[(seq * 7 + i) % names.length];
                        String[] field = FIELDS[(seq + level) % FIELDS.length];
                        String code = (level == 3 ? "2." : "1.") + String.format("%06d", 1000 + seq * 37);
                        long amount = fee == 1 ? 10_000L * (1 + rnd.nextInt(50)) : 0;
                        Proc p = new Proc(code, name, level, type, fee == 1, amount, 1 + rnd.nextInt(level == 3 ? 5 : 20),
                                field[0], field[1], documents(type, seq, rnd), String.format("KQ.G15.%06d", 200 + seq));
                        pool.add(p);
                        all.add(p);
                        seq++;
                    }
                    byFee.add(pool);
                }
                byType.add(byFee);
            }
            pools.add(byType);
        }
    }

    private static List<Document> documents(int applicantType, int seq, SplittableRandom rnd) {
        List<Document> docs = new ArrayList<>();
        docs.add(new Document("GT" + seq + ".01", "Tờ khai", null, null));
        if (applicantType == Codes.APPLICANT_CITIZEN) {
            docs.add(new Document("GT" + seq + ".02", "Bản sao Căn cước công dân", null, Codes.DB_POPULATION));
            docs.add(new Document("GT" + seq + ".03", "Bản sao Giấy khai sinh", BIRTH_RESULT, null));
            if (rnd.nextInt(3) == 0) {
                docs.add(new Document("GT" + seq + ".04", "Sổ bảo hiểm xã hội", null, Codes.DB_INSURANCE));
            }
        } else {
            docs.add(new Document("GT" + seq + ".02", "Giấy chứng nhận đăng ký doanh nghiệp", null, Codes.DB_BUSINESS));
            docs.add(new Document("GT" + seq + ".03", "Văn bản đề nghị", null, null));
        }
        if (rnd.nextBoolean()) {
            docs.add(new Document("GT" + seq + ".05", "Giấy tờ chứng minh khác", null, null));
        }
        return docs;
    }

    Proc pick(int level, int applicantType, boolean fee, SplittableRandom rnd) {
        List<Proc> pool = pools.get(level - 1).get(Math.min(applicantType, 2) - 1).get(fee ? 1 : 0);
        // a skewed choice: a few procedures carry most dossiers, as in every province
        int i = (int) Math.min(pool.size() - 1, Math.floor(-Math.log(1 - rnd.nextDouble()) * pool.size() / 3));
        return pool.get(i);
    }

    List<Proc> procedures() {
        return List.copyOf(all);
    }

    List<Procedure> feed() {
        List<Procedure> out = new ArrayList<>();
        for (Proc p : all) {
            Procedure f = new Procedure();
            f.maTTHC = p.code;
            f.tenTTHC = p.name;
            f.capThucHien = List.of(p.level);
            f.doiTuongThucHien = List.of(p.applicantType);
            Procedure.Field field = new Procedure.Field();
            field.maLinhVuc = p.fieldCode;
            field.tenLinhVuc = p.fieldName;
            f.linhVucThucHien = List.of(field);
            f.cachThucThucHien = new ArrayList<>();
            for (int kenh : new int[] {Codes.CHANNEL_IN_PERSON, Codes.CHANNEL_ONLINE, Codes.CHANNEL_POSTAL}) {
                Procedure.Channel ch = new Procedure.Channel();
                ch.kenh = kenh;
                Procedure.Duration d = new Procedure.Duration();
                d.thoiGianGiaiQuyet = (double) p.durationDays;
                d.donViTinh = "Ngày làm việc";
                if (p.fee) {
                    Procedure.FeeRate fee = new Procedure.FeeRate();
                    fee.maPhiLePhi = "LP" + p.code.substring(2);
                    fee.soTien = p.feeAmount;
                    d.phiLePhi = List.of(fee);
                }
                ch.thoiGian = List.of(d);
                f.cachThucThucHien.add(ch);
            }
            Procedure.ComponentSet set = new Procedure.ComponentSet();
            set.giayTo = new ArrayList<>();
            for (Document doc : p.documents) {
                Procedure.Document d = new Procedure.Document();
                d.maGiayTo = doc.code;
                d.tenGiayTo = doc.name;
                d.maKqThayThe = doc.replacedByResult;
                d.maCsdlThayThe = doc.replacedByDatabase;
                set.giayTo.add(d);
            }
            f.thanhPhanHoSo = List.of(set);
            Procedure.Outcome outcome = new Procedure.Outcome();
            outcome.maKetQua = p.resultCode;
            outcome.tenKetQua = "Kết quả " + p.name.toLowerCase();
            f.ketQuaThucHien = List.of(outcome);
            out.add(f);
        }
        return out;
    }
}
