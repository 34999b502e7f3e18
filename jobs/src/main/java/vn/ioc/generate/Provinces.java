package vn.ioc.generate;

import java.util.List;

/**
 * Vietnam's 63 provinces before 1 July 2025, with their agency codes in the style of Decision 20/2020/QĐ-TTg
 * (000.00.00.Hnn, numbered in the order of the province names: H08 Bình Định, H29 Thành phố Hồ Chí Minh, H56 Thanh
 * Hóa), their birth-registration codes (the first three digits of a citizen id, domain.md §5), population in
 * thousands (about 2023), and the province each became part of under Resolution 202/2025/QH15: 11 unchanged, 52
 * merged into 23, each new province named after one of its members, which keeps its code; the others end on
 * 30 June 2025 and name it as successor.
 */
final class Provinces {
    /** @param into the name of the province it is part of from 1 July 2025 (its own name when it continues) */
    record Province(String tag, String name, boolean city, int birthCode, int population, String into) {
        String code() {
            return "000.00.00." + tag;
        }

        /** "tỉnh Bình Định", "thành phố Hà Nội". */
        String title() {
            return (city ? "thành phố " : "tỉnh ") + name;
        }

        boolean continues() {
            return into.equals(name);
        }
    }

    static final List<Province> ALL = List.of(
            new Province("H01", "An Giang", false, 89, 1906, "An Giang"),
            new Province("H02", "Bà Rịa - Vũng Tàu", false, 77, 1188, "Hồ Chí Minh"),
            new Province("H03", "Bắc Giang", false, 24, 1922, "Bắc Ninh"),
            new Province("H04", "Bắc Kạn", false, 6, 326, "Thái Nguyên"),
            new Province("H05", "Bạc Liêu", false, 95, 921, "Cà Mau"),
            new Province("H06", "Bắc Ninh", false, 27, 1517, "Bắc Ninh"),
            new Province("H07", "Bến Tre", false, 83, 1299, "Vĩnh Long"),
            new Province("H08", "Bình Định", false, 52, 1505, "Gia Lai"),
            new Province("H09", "Bình Dương", false, 74, 2763, "Hồ Chí Minh"),
            new Province("H10", "Bình Phước", false, 70, 1046, "Đồng Nai"),
            new Province("H11", "Bình Thuận", false, 60, 1251, "Lâm Đồng"),
            new Province("H12", "Cà Mau", false, 96, 1207, "Cà Mau"),
            new Province("H13", "Cần Thơ", true, 92, 1252, "Cần Thơ"),
            new Province("H14", "Cao Bằng", false, 4, 543, "Cao Bằng"),
            new Province("H15", "Đà Nẵng", true, 48, 1221, "Đà Nẵng"),
            new Province("H16", "Đắk Lắk", false, 66, 1918, "Đắk Lắk"),
            new Province("H17", "Đắk Nông", false, 67, 670, "Lâm Đồng"),
            new Province("H18", "Điện Biên", false, 11, 640, "Điện Biên"),
            new Province("H19", "Đồng Nai", false, 75, 3255, "Đồng Nai"),
            new Province("H20", "Đồng Tháp", false, 87, 1600, "Đồng Tháp"),
            new Province("H21", "Gia Lai", false, 64, 1590, "Gia Lai"),
            new Province("H22", "Hà Giang", false, 2, 892, "Tuyên Quang"),
            new Province("H23", "Hà Nam", false, 35, 878, "Ninh Bình"),
            new Province("H24", "Hà Nội", true, 1, 8436, "Hà Nội"),
            new Province("H25", "Hà Tĩnh", false, 42, 1323, "Hà Tĩnh"),
            new Province("H26", "Hải Dương", false, 30, 1956, "Hải Phòng"),
            new Province("H27", "Hải Phòng", true, 31, 2097, "Hải Phòng"),
            new Province("H28", "Hòa Bình", false, 17, 877, "Phú Thọ"),
            new Province("H29", "Hồ Chí Minh", true, 79, 9456, "Hồ Chí Minh"),
            new Province("H30", "Hậu Giang", false, 93, 729, "Cần Thơ"),
            new Province("H31", "Hưng Yên", false, 33, 1290, "Hưng Yên"),
            new Province("H32", "Khánh Hòa", false, 56, 1253, "Khánh Hòa"),
            new Province("H33", "Kiên Giang", false, 91, 1760, "An Giang"),
            new Province("H34", "Kon Tum", false, 62, 580, "Quảng Ngãi"),
            new Province("H35", "Lai Châu", false, 12, 482, "Lai Châu"),
            new Province("H36", "Lâm Đồng", false, 68, 1332, "Lâm Đồng"),
            new Province("H37", "Lạng Sơn", false, 20, 802, "Lạng Sơn"),
            new Province("H38", "Lào Cai", false, 10, 770, "Lào Cai"),
            new Province("H39", "Long An", false, 80, 1734, "Tây Ninh"),
            new Province("H40", "Nam Định", false, 36, 1887, "Ninh Bình"),
            new Province("H41", "Nghệ An", false, 40, 3442, "Nghệ An"),
            new Province("H42", "Ninh Bình", false, 37, 1010, "Ninh Bình"),
            new Province("H43", "Ninh Thuận", false, 58, 598, "Khánh Hòa"),
            new Province("H44", "Phú Thọ", false, 25, 1516, "Phú Thọ"),
            new Province("H45", "Phú Yên", false, 54, 875, "Đắk Lắk"),
            new Province("H46", "Quảng Bình", false, 44, 913, "Quảng Trị"),
            new Province("H47", "Quảng Nam", false, 49, 1519, "Đà Nẵng"),
            new Province("H48", "Quảng Ngãi", false, 51, 1245, "Quảng Ngãi"),
            new Province("H49", "Quảng Ninh", false, 22, 1381, "Quảng Ninh"),
            new Province("H50", "Quảng Trị", false, 45, 650, "Quảng Trị"),
            new Province("H51", "Sóc Trăng", false, 94, 1200, "Cần Thơ"),
            new Province("H52", "Sơn La", false, 14, 1300, "Sơn La"),
            new Province("H53", "Tây Ninh", false, 72, 1190, "Tây Ninh"),
            new Province("H54", "Thái Bình", false, 34, 1878, "Hưng Yên"),
            new Province("H55", "Thái Nguyên", false, 19, 1336, "Thái Nguyên"),
            new Province("H56", "Thanh Hóa", false, 38, 3739, "Thanh Hóa"),
            new Province("H57", "Huế", true, 46, 1166, "Huế"),
            new Province("H58", "Tiền Giang", false, 82, 1790, "Đồng Tháp"),
            new Province("H59", "Trà Vinh", false, 84, 1019, "Vĩnh Long"),
            new Province("H60", "Tuyên Quang", false, 8, 805, "Tuyên Quang"),
            new Province("H61", "Vĩnh Long", false, 86, 1028, "Vĩnh Long"),
            new Province("H62", "Vĩnh Phúc", false, 26, 1197, "Phú Thọ"),
            new Province("H63", "Yên Bái", false, 15, 846, "Lào Cai"));

    private Provinces() {}

    static Province named(String name) {
        return ALL.stream().filter(p -> p.name.equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no province " + name));
    }
}
