package vn.ioc.generate;

import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import vn.ioc.feed.Codes;
import vn.ioc.feed.EnterpriseRecord;
import vn.ioc.feed.Identifiers;
import vn.ioc.feed.InsuranceRecord;
import vn.ioc.progress.Progress;

/**
 * The province's slice of the population, business and insurance registries, with identifiers that pass their
 * structure checks (domain.md §5). Applicants of dossiers are drawn from here; a few are deliberately absent or
 * malformed so the pipeline's registry checks have something to find.
 */
final class Registries {
    static final String SNAPSHOT_TIME = "20230101000000";
    private static final String[] FAMILY = {"Nguyễn", "Trần", "Lê", "Phạm", "Huỳnh", "Hoàng", "Võ", "Đặng", "Bùi",
        "Đỗ", "Hồ", "Ngô", "Dương", "Lý"};
    private static final String[] MIDDLE = {"Văn", "Thị", "Hữu", "Minh", "Thanh", "Ngọc", "Đức", "Quốc", "Xuân"};
    private static final String[] GIVEN = {"An", "Bình", "Cường", "Dũng", "Hà", "Hải", "Hoa", "Hùng", "Lan", "Long",
        "Mai", "Nam", "Phúc", "Quân", "Sơn", "Tâm", "Thảo", "Trang", "Tuấn", "Vy", "Yến"};
    private static final String[] FORMS = {"Công ty TNHH", "Công ty cổ phần", "Doanh nghiệp tư nhân", "Hợp tác xã"};

    /**
     * Where the registry's people come from: the province's own birth registrations (bd2023: 85 % born in Bình
     * Định, code 052) or the whole country's ({@link NationalAgencies}), and the province codes records carry.
     */
    interface Population {
        /** The birth-registration province code (domain.md §5) of a registered citizen. */
        int birthProvince(SplittableRandom rnd);

        /** The same for a valid id the population database does not hold. */
        int unregisteredProvince(SplittableRandom rnd);

        /** The two-digit province code (MaTinh) of the records of a citizen, an enterprise or an insurance card. */
        String provinceOf(long citizenId);

        /** The first two digits of the tax codes of the generated enterprises. */
        String taxPrefix();

        /** The province code (MaTinh) of the generated enterprises' records. */
        String enterpriseProvince();
    }

    static final Population BINH_DINH = new Population() {
        @Override
        public int birthProvince(SplittableRandom rnd) {
            return rnd.nextInt(100) < 85 ? 52 : randomProvince(rnd);
        }

        @Override
        public int unregisteredProvince(SplittableRandom rnd) {
            return 52;
        }

        @Override
        public String provinceOf(long citizenId) {
            return "52";
        }

        @Override
        public String taxPrefix() {
            return "41";
        }

        @Override
        public String enterpriseProvince() {
            return "52";
        }
    };

    private final Population population;
    final long[] citizens;
    final int[] citizenBirthYear;
    final String[] oldCards;
    final String[] enterprises;
    final String[] insuranceOfCitizen;
    private final Set<Long> citizenSet = new HashSet<>();

    Registries(int citizenCount, int enterpriseCount, SplittableRandom rnd) {
        this(citizenCount, enterpriseCount, rnd, BINH_DINH);
    }

    Registries(int citizenCount, int enterpriseCount, SplittableRandom rnd, Population population) {
        this.population = population;
        citizens = new long[citizenCount];
        citizenBirthYear = new int[citizenCount];
        oldCards = new String[citizenCount];
        insuranceOfCitizen = new String[citizenCount];
        Set<String> insuranceCodes = new HashSet<>();
        for (int i = 0; i < citizenCount; i++) {
            int year = 1940 + rnd.nextInt(66);
            long id;
            do {
                id = citizenId(population.birthProvince(rnd), year, rnd.nextBoolean(), rnd);
            } while (!citizenSet.add(id));
            citizens[i] = id;
            citizenBirthYear[i] = year;
            if (year < 1990 && rnd.nextInt(10) < 4) {
                oldCards[i] = "21" + digits(7, rnd);
            }
            if (rnd.nextInt(10) < 7) {
                String code;
                do {
                    code = population.provinceOf(id) + digits(8, rnd);
                } while (!insuranceCodes.add(code));
                insuranceOfCitizen[i] = code;
            }
        }
        enterprises = new String[Math.max(1, enterpriseCount)];
        long seq = 100_000 + rnd.nextInt(1_000_000);
        for (int i = 0; i < enterprises.length; i++) {
            String code;
            do {
                String nine = population.taxPrefix() + String.format("%07d", seq++ % 10_000_000);
                int check = Identifiers.taxCheckDigit(nine);
                code = check < 0 ? null : nine + check;
            } while (code == null);
            enterprises[i] = rnd.nextInt(100) < 5 ? code + "-001" : code;
        }
    }

    String citizenId(int index) {
        return Digits.padded(citizens[index], 12);
    }

    /** A valid citizen id that is not in the registry: a person the population database will not find. */
    String unregisteredCitizen(SplittableRandom rnd) {
        long id;
        do {
            id = citizenId(population.unregisteredProvince(rnd), 1950 + rnd.nextInt(55), rnd.nextBoolean(), rnd);
        } while (citizenSet.contains(id));
        return Digits.padded(id, 12);
    }

    static String name(SplittableRandom rnd) {
        return FAMILY[rnd.nextInt(FAMILY.length)] + " " + MIDDLE[rnd.nextInt(MIDDLE.length)] + " "
                + GIVEN[rnd.nextInt(GIVEN.length)];
    }

    static String phone(SplittableRandom rnd) {
        return "09" + digits(8, rnd);
    }

    /** What {@link #write} counts on its progress: each citizen twice (population, insurance), each enterprise. */
    long subjectsToWrite() {
        return 2L * citizens.length + enterprises.length;
    }

    void write(RecordOut populationOut, RecordOut business, RecordOut insurance, List<AgencyTree.Unit> communes,
            SplittableRandom rnd, Progress progress) throws IOException {
        for (int i = 0; i < citizens.length; i++) {
            progress.add(1);
            PersonalFields.Citizen c = new PersonalFields.Citizen();
            c.soDinhDanh = citizenId(i);
            c.soCMND = oldCards[i];
            c.namSinh = citizenBirthYear[i];
            c.gioiTinh = (int) (citizens[i] / 100_000_000L % 10) % 2 + 1;
            c.maTinh = population.provinceOf(citizens[i]);
            c.maXa = communes.get(rnd.nextInt(communes.size())).code();
            c.trangThai = rnd.nextInt(1000) < 5 ? 2 : 1;
            c.thoiDiemCapNhat = SNAPSHOT_TIME;
            c.loaiThayDoi = 1;
            c.hoVaTen = name(rnd);
            c.ngayThangNamSinh = date(citizenBirthYear[i], 1 + rnd.nextInt(12), 1 + rnd.nextInt(28));
            populationOut.write(c);
            if (rnd.nextInt(100) < 5) {
                c.maXa = communes.get(rnd.nextInt(communes.size())).code();
                c.loaiThayDoi = 3;
                c.thoiDiemCapNhat = laterIn2023(rnd);
                populationOut.write(c);
            }
        }
        for (String code : enterprises) {
            progress.add(1);
            EnterpriseRecord e = new EnterpriseRecord();
            e.maSoDoanhNghiep = code;
            e.tenDoanhNghiep = FORMS[rnd.nextInt(FORMS.length)] + " " + GIVEN[rnd.nextInt(GIVEN.length)] + " "
                    + FAMILY[rnd.nextInt(FAMILY.length)];
            e.loaiHinh = e.tenDoanhNghiep.substring(0, e.tenDoanhNghiep.indexOf(' ', 5));
            int s = rnd.nextInt(100);
            e.trangThaiHoatDong = s < 85 ? 1 : s < 92 ? 2 : s < 95 ? 3 : 4;
            e.ngayThanhLap = date(2000 + rnd.nextInt(23), 1 + rnd.nextInt(12), 1 + rnd.nextInt(28));
            e.maTinh = population.enterpriseProvince();
            e.maXa = communes.get(rnd.nextInt(communes.size())).code();
            e.thoiDiemCapNhat = SNAPSHOT_TIME;
            e.loaiThayDoi = 1;
            business.write(e);
            if (rnd.nextInt(100) < 4) {
                e.trangThaiHoatDong = 2;
                e.loaiThayDoi = 3;
                e.thoiDiemCapNhat = laterIn2023(rnd);
                business.write(e);
            }
        }
        for (int i = 0; i < citizens.length; i++) {
            progress.add(1);
            if (insuranceOfCitizen[i] == null) {
                continue;
            }
            InsuranceRecord r = new InsuranceRecord();
            r.maSoBHXH = insuranceOfCitizen[i];
            r.soDinhDanh = citizenId(i);
            boolean expired = rnd.nextInt(10) == 0;
            r.ngayHieuLuc = expired ? "20220101" : "20230101";
            r.ngayHetHan = expired ? "20221231" : "20231231";
            int s = rnd.nextInt(100);
            r.trangThai = s < 90 ? 1 : s < 96 ? 2 : 3;
            r.maTinh = population.provinceOf(citizens[i]);
            r.maXa = communes.get(rnd.nextInt(communes.size())).code();
            r.thoiDiemCapNhat = SNAPSHOT_TIME;
            r.loaiThayDoi = 1;
            insurance.write(r);
            if (rnd.nextInt(1000) < 3) {
                r.loaiThayDoi = 4;
                r.thoiDiemCapNhat = laterIn2023(rnd);
                insurance.write(r);
            }
        }
    }

    private static String laterIn2023(SplittableRandom rnd) {
        return "2023" + Digits.padded(2 + rnd.nextInt(7), 2) + Digits.padded(1 + rnd.nextInt(28), 2)
                + Digits.padded(7 + rnd.nextInt(10), 2) + Digits.padded(rnd.nextInt(60), 2) + "00";
    }

    /** yyyyMMdd. */
    private static String date(int year, int month, int day) {
        return Digits.padded(year, 4) + Digits.padded(month, 2) + Digits.padded(day, 2);
    }

    private static long citizenId(int province, int year, boolean female, SplittableRandom rnd) {
        int centurySex = (year >= 2000 ? 2 : 0) + (female ? 1 : 0);
        return province * 1_000_000_000L + centurySex * 100_000_000L + (year % 100) * 1_000_000L + rnd.nextInt(1_000_000);
    }

    static int randomProvince(SplittableRandom rnd) {
        int p;
        do {
            p = 1 + rnd.nextInt(96);
        } while (!Identifiers.isCitizenProvinceCode(p));
        return p;
    }

    private static String digits(int n, SplittableRandom rnd) {
        StringBuilder sb = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            sb.append((char) ('0' + rnd.nextInt(10)));
        }
        return sb.toString();
    }
}
