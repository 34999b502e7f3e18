package vn.ioc.generate;

import java.util.ArrayList;
import java.util.List;
import vn.ioc.feed.Agency;

/**
 * Bình Định's agency tree before the 2025 reform (province, departments, 11 districts, 159 communes, codes in the
 * style of Decision 20/2020/QĐ-TTg with province code H08) and what replaced it on 1 July 2025: the merged Gia Lai
 * province (H39) with merged departments and new communes, three old communes to one; each district's successor is
 * the new commune that took over its seat. Old units end on 30 June 2025 and name their successor.
 */
final class AgencyTree {
    static final String OLD_PROVINCE = "000.00.00.H08";
    static final String NEW_PROVINCE = "000.00.00.H39";
    private static final String OLD_FROM = "20200101";
    private static final String OLD_TO = "20250630";
    private static final String NEW_FROM = "20250701";

    static final String[] DEPARTMENTS = {
        "Trung tâm Phục vụ hành chính công", "Sở Tư pháp", "Sở Kế hoạch và Đầu tư", "Sở Tài nguyên và Môi trường",
        "Sở Xây dựng", "Sở Giao thông vận tải", "Sở Y tế", "Sở Giáo dục và Đào tạo",
        "Sở Lao động - Thương binh và Xã hội", "Sở Công Thương", "Sở Nông nghiệp và Phát triển nông thôn",
        "Sở Tài chính", "Sở Nội vụ", "Sở Văn hóa và Thể thao", "Sở Du lịch", "Sở Thông tin và Truyền thông",
        "Sở Khoa học và Công nghệ", "Ban Quản lý Khu kinh tế", "Công an tỉnh", "Sở Ngoại vụ", "Thanh tra tỉnh"
    };
    private static final String[] DISTRICTS = {
        "thành phố Quy Nhơn", "thị xã An Nhơn", "thị xã Hoài Nhơn", "huyện Tuy Phước", "huyện Phù Cát",
        "huyện Phù Mỹ", "huyện Tây Sơn", "huyện Hoài Ân", "huyện An Lão", "huyện Vân Canh", "huyện Vĩnh Thạnh"
    };
    private static final int[] COMMUNES_PER_DISTRICT = {21, 15, 17, 13, 18, 19, 15, 15, 10, 7, 9};
    static final String[] COMMUNE_NAMES = {
        "Phước Hòa", "Phước Thắng", "Phước Sơn", "Cát Tân", "Cát Hanh", "Mỹ Châu", "Mỹ Thành", "Tây Xuân",
        "Bình Nghi", "Ân Hảo", "Ân Tín", "An Hòa", "Canh Thuận", "Vĩnh Quang", "Nhơn Hưng", "Nhơn Phong",
        "Hoài Thanh", "Hoài Hương", "Ghềnh Ráng", "Quang Trung", "Nhơn Bình", "Trần Phú", "Lê Lợi", "Bùi Thị Xuân"
    };

    /** A unit that handles dossiers in the generated period, with its officers by role. */
    record Unit(String code, String name, int level, String officerPrefix) {
        String officer(String role, int n) {
            return officerPrefix + "." + role + Digits.padded(n, 2);
        }
    }

    final List<Agency> catalogue = new ArrayList<>();
    final List<Unit> provincial = new ArrayList<>();
    final List<Unit> districts = new ArrayList<>();
    final List<Unit> communes = new ArrayList<>();

    AgencyTree() {
        catalogue.add(agency(OLD_PROVINCE, "UBND tỉnh Bình Định", 1, null, OLD_FROM, OLD_TO, NEW_PROVINCE));
        catalogue.add(agency(NEW_PROVINCE, "UBND tỉnh Gia Lai", 1, null, NEW_FROM, null, null));
        for (int i = 0; i < DEPARTMENTS.length; i++) {
            String oldCode = String.format("000.%02d.00.H08", 10 + i);
            String newCode = String.format("000.%02d.00.H39", 10 + i);
            catalogue.add(agency(oldCode, departmentOf(DEPARTMENTS[i], "tỉnh Bình Định"), 1, OLD_PROVINCE, OLD_FROM,
                    OLD_TO, newCode));
            catalogue.add(agency(newCode, departmentOf(DEPARTMENTS[i], "tỉnh Gia Lai"), 1, NEW_PROVINCE, NEW_FROM, null,
                    null));
            provincial.add(new Unit(oldCode, DEPARTMENTS[i], 1, "canbo.h08.s" + (10 + i)));
        }
        int nameIndex = 0;
        for (int d = 0; d < DISTRICTS.length; d++) {
            String districtCode = String.format("000.00.%02d.H08", 31 + d);
            int newCommunes = (COMMUNES_PER_DISTRICT[d] + 2) / 3;
            String seat = newCommuneCode(d, 0);
            catalogue.add(agency(districtCode, "UBND " + DISTRICTS[d], 2, OLD_PROVINCE, OLD_FROM, OLD_TO, seat));
            districts.add(new Unit(districtCode, "UBND " + DISTRICTS[d], 2, "canbo.h08.h" + (31 + d)));
            for (int k = 0; k < newCommunes; k++) {
                catalogue.add(agency(newCommuneCode(d, k), "UBND xã " + DISTRICTS[d].replaceFirst("^\\S+ \\S+ ", "")
                        + " " + (k + 1), 3, NEW_PROVINCE, NEW_FROM, null, null));
            }
            for (int c = 0; c < COMMUNES_PER_DISTRICT[d]; c++) {
                String code = String.format("000.%02d.%02d.H08", 31 + d, c + 1);
                String name = "UBND xã " + COMMUNE_NAMES[nameIndex++ % COMMUNE_NAMES.length] + " ("
                        + DISTRICTS[d] + ")";
                catalogue.add(agency(code, name, 3, districtCode, OLD_FROM, OLD_TO, newCommuneCode(d, c / 3)));
                communes.add(new Unit(code, name, 3, "canbo.h08.x" + (31 + d) + String.format("%02d", c + 1)));
            }
        }
    }

    /**
     * A department's full name in a province: "Sở Tư pháp tỉnh Bình Định", and for the departments whose own name
     * already ends in the word for province, "Công an tỉnh Bình Định", not "Công an tỉnh tỉnh Bình Định".
     */
    static String departmentOf(String department, String province) {
        String own = department.endsWith(" tỉnh") ? department.substring(0, department.length() - " tỉnh".length())
                : department;
        return own + " " + province;
    }

    private static String newCommuneCode(int district, int k) {
        return String.format("000.%02d.%02d.H39", 60 + district, k + 1);
    }

    List<Unit> units(int level) {
        return switch (level) {
            case 1 -> provincial;
            case 2 -> districts;
            default -> communes;
        };
    }

    static Agency agency(String code, String name, int level, String parent, String from, String to,
            String successor) {
        Agency a = new Agency();
        a.maDonVi = code;
        a.tenDonVi = name;
        a.capDonVi = level;
        a.maDonViCha = parent;
        a.hieuLucTu = from;
        a.hieuLucDen = to;
        a.maDonViKeThua = successor;
        return a;
    }
}
