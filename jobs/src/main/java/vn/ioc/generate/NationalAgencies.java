package vn.ioc.generate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import vn.ioc.feed.Agency;

/**
 * Every province's agency tree before the 2025 reform and what replaced it on 1 July 2025 ({@link Provinces}):
 * per province the same departments as {@link AgencyTree} (000.10.00.Hnn …), districts (000.00.31.Hnn …) and
 * communes (000.31.01.Hnn …), as many as the province's population suggests. A province that continues keeps its
 * code and its departments; the departments of a province merged into it end on 30 June 2025 and name the
 * continuing department as successor. Every district is abolished and every commune merged, three old communes to
 * one new commune of the continuing province (000.99.01.Hnn …); a district's successor is the new commune that took
 * over its seat. District and commune names are drawn from common Vietnamese place names, not the real ones.
 */
final class NationalAgencies {
    static final String OLD_FROM = "20200101";
    static final String OLD_TO = "20250630";
    static final String NEW_FROM = "20250701";

    private static final String[] DISTRICT_NAMES = {
        "Châu Thành", "Phú Tân", "Tân Phú", "Bình Sơn", "Vĩnh Thạnh", "Đông Hưng", "Kiến Xương", "Yên Lạc",
        "Thạch Thành", "Triệu Phong", "Hải Hà", "Lục Ngạn", "Tam Nông", "Cẩm Giàng", "Mộ Đức", "Phù Cừ", "Quế Võ",
        "Thanh Chương", "Yên Thành", "Krông Pắc", "Lâm Hà", "Đức Trọng", "Tánh Linh", "Bến Cát", "Cần Giuộc",
        "Gò Công", "Mỏ Cày", "Càng Long", "Long Phú", "Hòn Đất", "Thoại Sơn", "Tân Hiệp", "Phong Điền",
        "Hương Khê", "Nghi Lộc", "Quỳnh Lưu", "Sơn Động", "Văn Lâm", "Kim Bảng", "Ba Vì", "Lương Sơn"
    };
    private static final String[] COMMUNE_NAMES = {
        "An Bình", "An Hòa", "An Khánh", "An Lạc", "An Phú", "An Thạnh", "Bình An", "Bình Hòa", "Bình Minh",
        "Bình Thạnh", "Cẩm Bình", "Đông Hòa", "Đông Sơn", "Đức Thịnh", "Hòa An", "Hòa Bình", "Hòa Lợi",
        "Hòa Thành", "Hưng Đạo", "Hưng Thịnh", "Kim Sơn", "Long Hòa", "Long Hưng", "Minh Khai", "Nam Sơn",
        "Nghĩa Hưng", "Ngọc Lâm", "Phú Lộc", "Phú Thịnh", "Phúc Thành", "Phước Hòa", "Quang Trung", "Tân An",
        "Tân Bình", "Tân Lập", "Tân Phong", "Tân Thành", "Thạnh Phú", "Thanh Sơn", "Thịnh Hưng", "Thuận An",
        "Tiên Phong", "Trung Hòa", "Trường Xuân", "Vĩnh Hòa", "Xuân Hòa", "Xuân Sơn", "Yên Bình", "Lê Lợi",
        "Trần Phú", "Hồng Phong", "Đại Đồng", "Cộng Hòa", "Hợp Thành", "Thống Nhất", "Quyết Thắng", "Nhân Hòa"
    };

    /** One province: its units before the reform and, when it continues, its units after. */
    static final class Area {
        final int index;
        final Provinces.Province province;
        final List<AgencyTree.Unit> departments = new ArrayList<>();
        final List<AgencyTree.Unit> districts = new ArrayList<>();
        final List<AgencyTree.Unit> communes = new ArrayList<>();
        /** From 1 July 2025; empty unless the province continues. */
        final List<AgencyTree.Unit> newCommunes = new ArrayList<>();
        /** The provinces merged into this one, itself first; empty unless it continues. */
        final List<Area> members = new ArrayList<>();

        Area(int index, Provinces.Province province) {
            this.index = index;
            this.province = province;
        }

        /** The units of a level that handle dossiers before 1 July 2025. */
        List<AgencyTree.Unit> before(int level) {
            return switch (level) {
                case 1 -> departments;
                case 2 -> districts;
                default -> communes;
            };
        }

        /** The units of a level that handle dossiers from 1 July 2025: no district level any more. */
        List<AgencyTree.Unit> after(int level) {
            return switch (level) {
                case 1 -> departments;
                case 3 -> newCommunes;
                default -> List.of();
            };
        }

        String officerPrefix(String slug) {
            return "canbo." + province.tag().toLowerCase() + "." + slug;
        }
    }

    final List<Agency> catalogue = new ArrayList<>();
    /** The 63 provinces in code order. */
    final List<Area> areas = new ArrayList<>();
    /** The 34 provinces from 1 July 2025, each with its members. */
    final List<Area> continuing = new ArrayList<>();
    /** Every commune before the reform: where registry subjects live. */
    final List<AgencyTree.Unit> allCommunes = new ArrayList<>();

    NationalAgencies(SplittableRandom rnd) {
        Map<String, Area> byName = new LinkedHashMap<>();
        for (Provinces.Province p : Provinces.ALL) {
            Area a = new Area(areas.size(), p);
            areas.add(a);
            byName.put(p.name(), a);
        }
        for (Area a : areas) {
            Area into = byName.get(a.province.into());
            if (a == into) {
                continuing.add(a);
            }
        }
        for (Area a : continuing) {
            a.members.add(a);
            for (Area m : areas) {
                if (m != a && m.province.into().equals(a.province.name())) {
                    a.members.add(m);
                }
            }
        }
        for (Area a : areas) {
            Area into = byName.get(a.province.into());
            addProvince(a, into);
        }
        for (Area a : continuing) {
            int newCommune = 0;
            for (Area m : a.members) {
                newCommune = addLocalUnits(m, a, newCommune, rnd);
            }
        }
    }

    private void addProvince(Area a, Area into) {
        Provinces.Province p = a.province;
        boolean continues = a == into;
        catalogue.add(AgencyTree.agency(p.code(), "UBND " + p.title(), 1, null, OLD_FROM, continues ? null : OLD_TO,
                continues ? null : into.province.code()));
        for (int i = 0; i < AgencyTree.DEPARTMENTS.length; i++) {
            String code = departmentCode(i, p);
            catalogue.add(AgencyTree.agency(code, AgencyTree.departmentOf(AgencyTree.DEPARTMENTS[i], p.title()), 1,
                    p.code(), OLD_FROM, continues ? null : OLD_TO,
                    continues ? null : departmentCode(i, into.province)));
            a.departments.add(new AgencyTree.Unit(code, AgencyTree.DEPARTMENTS[i], 1, a.officerPrefix("s" + (10 + i))));
        }
    }

    /**
     * The districts and communes of {@code a}, whose new communes belong to {@code into} and are numbered from
     * {@code firstNew}; returns the next new commune's number.
     */
    private int addLocalUnits(Area a, Area into, int firstNew, SplittableRandom rnd) {
        Provinces.Province p = a.province;
        int communeCount = (int) Math.round(5 * Math.sqrt(p.population()) * (0.85 + 0.3 * rnd.nextDouble()));
        int districtCount = Math.max(7, Math.min(30, Math.round(communeCount / 16f)));
        String localWord = p.city() ? "quận " : "huyện ";
        String communeWord = p.city() ? "phường " : "xã ";
        int next = firstNew;
        for (int d = 0; d < districtCount; d++) {
            int inDistrict = communeCount / districtCount + (d < communeCount % districtCount ? 1 : 0);
            String districtName = localWord + DISTRICT_NAMES[(d * 7 + a.index * 11) % DISTRICT_NAMES.length];
            String districtCode = String.format("000.00.%02d.%s", 31 + d, p.tag());
            int firstOfDistrict = next;
            for (int k = 0; k < (inDistrict + 2) / 3; k++) {
                String code = newCommuneCode(next, into.province);
                String name = communeWord + COMMUNE_NAMES[(next * 5 + into.index) % COMMUNE_NAMES.length];
                catalogue.add(AgencyTree.agency(code, "UBND " + name + " (" + into.province.title() + ")", 3,
                        into.province.code(), NEW_FROM, null, null));
                into.newCommunes.add(new AgencyTree.Unit(code, "UBND " + name, 3, into.officerPrefix("n" + next)));
                next++;
            }
            catalogue.add(AgencyTree.agency(districtCode, "UBND " + districtName + " (" + p.title() + ")", 2,
                    p.code(), OLD_FROM, OLD_TO, newCommuneCode(firstOfDistrict, into.province)));
            a.districts.add(new AgencyTree.Unit(districtCode, "UBND " + districtName, 2,
                    a.officerPrefix("h" + (31 + d))));
            for (int c = 0; c < inDistrict; c++) {
                String code = String.format("000.%02d.%02d.%s", 31 + d, c + 1, p.tag());
                String name = "UBND " + communeWord + COMMUNE_NAMES[(c * 3 + d * 11 + a.index) % COMMUNE_NAMES.length]
                        + " (" + districtName + ")";
                catalogue.add(AgencyTree.agency(code, name + ", " + p.title(), 3, districtCode, OLD_FROM, OLD_TO,
                        newCommuneCode(firstOfDistrict + c / 3, into.province)));
                AgencyTree.Unit unit = new AgencyTree.Unit(code, name, 3,
                        a.officerPrefix("x" + (31 + d) + String.format("%02d", c + 1)));
                a.communes.add(unit);
                allCommunes.add(unit);
            }
        }
        return next;
    }

    private static String departmentCode(int department, Provinces.Province p) {
        return String.format("000.%02d.00.%s", 10 + department, p.tag());
    }

    /** New communes count down from 000.99.nn so that they never meet an old commune's 000.(31+district).nn. */
    private static String newCommuneCode(int n, Provinces.Province p) {
        return String.format("000.%02d.%02d.%s", 99 - n / 99, n % 99 + 1, p.tag());
    }
}
