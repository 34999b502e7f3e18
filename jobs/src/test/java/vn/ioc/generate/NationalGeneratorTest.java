package vn.ioc.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.ioc.enrich.AgencyDirectory;
import vn.ioc.feed.Agency;
import vn.ioc.feed.Feed;
import vn.ioc.measure.DossierFacts;
import vn.ioc.measure.DossierFactsDeriver;
import vn.ioc.privacy.PseudonymKey;
import vn.ioc.privacy.Pseudonymizer;
import vn.ioc.progress.Progress;

/** The national profile's promises: the 2025 reform as Resolution 202/2025/QH15 has it, and provinces that differ. */
class NationalGeneratorTest {
    private static final RecordOut NOWHERE = record -> { };

    @Test
    void sixtyThreeProvincesBecomeThirtyFourAndEveryEndedUnitHasACurrentSuccessor() {
        List<Agency> agencies = new NationalGenerator(0.0001, 2025, 0, 0).agencies();
        AgencyDirectory directory = AgencyDirectory.of(agencies);
        Map<String, Agency> byCode = new HashMap<>();
        agencies.forEach(a -> byCode.put(a.maDonVi, a));
        assertEquals(agencies.size(), byCode.size(), "agency codes are unique");
        List<Agency> provinces = agencies.stream().filter(a -> a.maDonViCha == null).toList();
        assertEquals(63, provinces.size());
        assertEquals(34, provinces.stream().filter(a -> a.hieuLucDen == null).count());
        for (Agency a : agencies) {
            assertTrue(a.maDonVi.matches("000\\.\\d\\d\\.\\d\\d\\.H\\d\\d"), a.maDonVi);
            assertFalse(a.tenDonVi.contains("tỉnh tỉnh") || a.tenDonVi.contains("phố thành phố"), a.tenDonVi);
            if (a.hieuLucDen != null) {
                assertEquals("20250630", a.hieuLucDen, a.maDonVi);
                assertNotNull(a.maDonViKeThua, a.maDonVi + " ends without a successor");
                Agency current = byCode.get(directory.currentSuccessor(a.maDonVi));
                assertNotNull(current, a.maDonVi);
                assertEquals(null, current.hieuLucDen, a.maDonVi + " rolls up to a unit that exists today");
            }
            if (a.capDonVi == 2) {
                assertNotNull(a.hieuLucDen, "no district after the reform: " + a.maDonVi);
                assertEquals(3, byCode.get(a.maDonViKeThua).capDonVi, "a district's dossiers go to a commune");
            }
        }
        assertEquals("UBND tỉnh Bình Định", byCode.get("000.00.00.H08").tenDonVi);
        assertEquals("000.00.00.H21", byCode.get("000.00.00.H08").maDonViKeThua, "Bình Định merged into Gia Lai");
        assertEquals("000.00.00.H29", byCode.get("000.00.00.H09").maDonViKeThua, "Bình Dương into Hồ Chí Minh");
        assertEquals(null, byCode.get("000.00.00.H56").hieuLucDen, "Thanh Hóa unchanged");
        assertEquals("Công an tỉnh Thanh Hóa", byCode.get("000.28.00.H56").tenDonVi);
        long communesBefore = agencies.stream().filter(a -> a.capDonVi == 3 && a.hieuLucDen != null).count();
        long communesAfter = agencies.stream().filter(a -> a.capDonVi == 3 && a.hieuLucDen == null).count();
        assertTrue(communesBefore > 9_000 && communesBefore < 13_000, "communes before: " + communesBefore);
        assertTrue(communesAfter * 3 >= communesBefore && communesAfter * 2 < communesBefore,
                "about three old communes to one: " + communesAfter);
    }

    @Test
    void agencyNamesSayTheProvinceOnce() {
        List<Agency> all = new ArrayList<>(new AgencyTree().catalogue);
        all.addAll(new NationalGenerator(0.0001, 1, 0, 0).agencies());
        for (Agency a : all) {
            assertFalse(a.tenDonVi.contains("tỉnh tỉnh"), a.tenDonVi);
        }
        assertTrue(all.stream().anyMatch(a -> a.tenDonVi.equals("Công an tỉnh Bình Định")));
        assertTrue(all.stream().anyMatch(a -> a.tenDonVi.equals("Thanh tra tỉnh Gia Lai")));
    }

    @Test
    void sameSeedSameDossiersAndTheReformIsRespected() throws Exception {
        List<String> first = dossiers(0.0003, 11);
        assertEquals(first, dossiers(0.0003, 11));
        assertNotEquals(first, dossiers(0.0003, 12));
        assertEquals(new HashSet<>(first).size(), first.size(), "dossier ids are unique");
    }

    @Test
    void provincesDifferInVolumeAndRates() throws Exception {
        NationalGenerator national = new NationalGenerator(0.001, 2025, 0, 0);
        DossierFactsDeriver deriver = new DossierFactsDeriver(AgencyDirectory.of(national.agencies()),
                new Pseudonymizer(PseudonymKey.of("national-generator-test-key")));
        Map<String, int[]> byProvince = new HashMap<>();
        national.dossiers(d -> {
            try {
                DossierFacts f = deriver.map(d.snapshots.get(d.snapshots.size() - 1));
                int[] c = byProvince.computeIfAbsent(f.provinceCode, p -> new int[3]);
                c[0]++;
                c[1] += f.digitized ? 1 : 0;
                c[2] += f.channel == 2 ? 1 : 0;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }, NOWHERE, NOWHERE, Progress.none());
        assertEquals(63, byProvince.size(), "every province handles dossiers");
        int[] hcm = byProvince.get("000.00.00.H29");
        int[] bacKan = byProvince.get("000.00.00.H04");
        assertTrue(hcm[0] > 10 * bacKan[0], "Hồ Chí Minh " + hcm[0] + " vs Bắc Kạn " + bacKan[0]);
        List<Double> digitized = new ArrayList<>();
        List<Double> online = new ArrayList<>();
        for (int[] c : byProvince.values()) {
            if (c[0] >= 300) {
                digitized.add((double) c[1] / c[0]);
                online.add((double) c[2] / c[0]);
            }
        }
        assertTrue(spread(digitized) > 0.1, "digitization differs by province: " + digitized);
        assertTrue(spread(online) > 0.1, "online share differs by province: " + online);
    }

    @Test
    void nationalFeedsHaveEveryFeed(@TempDir Path out) throws Exception {
        var summary = new FeedGenerator("national", 0.0002, 5).generate(out);
        for (Feed feed : Feed.values()) {
            assertTrue(summary.get(feed)[0] > 0, feed + " is empty");
            assertTrue(Files.isDirectory(out.resolve(feed.directory())));
        }
    }

    private static List<String> dossiers(double scale, long seed) throws Exception {
        List<String> out = new ArrayList<>();
        Set<String> afterReformUnits = new HashSet<>();
        NationalGenerator national = new NationalGenerator(scale, seed, 0, 0);
        for (Agency a : national.agencies()) {
            if (a.hieuLucDen == null) {
                afterReformUnits.add(a.maDonVi);
            }
        }
        national.dossiers(d -> {
            var s = d.snapshots.get(d.snapshots.size() - 1);
            if (s.ngayNopHoSo.compareTo("20250702") >= 0) {
                assertTrue(afterReformUnits.contains(s.donViXuLy), "after the reform, a current unit: " + s.maHoSo);
            }
            out.add(s.maHoSo + " " + s.trangThaiHoSo + " " + d.steps.size() + " " + d.calls.size());
        }, NOWHERE, NOWHERE, Progress.none());
        assertEquals(national.dossiers(), out.size());
        return out;
    }

    private static double spread(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).max().orElse(0)
                - values.stream().mapToDouble(Double::doubleValue).min().orElse(0);
    }
}
