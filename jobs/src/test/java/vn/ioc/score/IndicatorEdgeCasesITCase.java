package vn.ioc.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clickhouse.client.api.Client;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.ioc.clickhouse.Aggregates;
import vn.ioc.clickhouse.ClickHouseClients;
import vn.ioc.clickhouse.ClickHouseConfig;
import vn.ioc.clickhouse.ClickHouseQueries;
import vn.ioc.testing.TestClickHouse;

/**
 * The edge cases of the written indicator rules (docs/indicators.md), each built by hand as rows of the tables the
 * job writes, through the real aggregates and views into the scorecard's figures. Edge case 4's job side is
 * vn.ioc.measure.TimelinessTest, edge case 7's roll-up vn.ioc.enrich.AgencyDirectoryTest.
 */
class IndicatorEdgeCasesITCase {
    private static final String PROVINCE = "000.00.00.H99";
    private static final String UNIT = "000.01.00.H99";
    private static final String UNKNOWN = "000.77.00.H99";
    private static ClickHouseConfig db;

    @BeforeAll
    static void rows() throws Exception {
        db = TestClickHouse.migratedDatabase("edges");
        String d = db.database();
        try (Client client = ClickHouseClients.open(db)) {
            ClickHouseQueries.execute(client, "INSERT INTO " + d + ".agencies (agency_code, name, level, parent_code,"
                    + " valid_from, province_code, rollup_units) VALUES"
                    + " ('" + PROVINCE + "', 'P', 1, '', '2020-01-01', '" + PROVINCE + "', ['" + PROVINCE + "']),"
                    + " ('" + UNIT + "', 'U', 2, '" + PROVINCE + "', '2020-01-01', '" + PROVINCE + "', ['" + PROVINCE
                    + "', '" + UNIT + "'])");
            // fee-bearing, online, for enterprises, issues a result; for citizens; charges nothing
            ClickHouseQueries.execute(client, "INSERT INTO " + d + ".procedures (procedure_code, name, applicant_types,"
                    + " fee_bearing, online_offered, result_codes) VALUES"
                    + " ('1.FEE', 'fee', [2], 1, 1, ['KQ.G01.000001']),"
                    + " ('1.CIT', 'citizen', [1], 0, 0, []),"
                    + " ('1.FREE', 'free', [2], 0, 0, [])");
            String columns = " (dossier_id, version, province_code, agency_code, agency_level, procedure_code, channel,"
                    + " applicant_type, status, submitted_at, received_at, due_at, finished_at, e_result, population_data,"
                    + " fee_bearing, fee_amount, paid_online, timeliness) VALUES ";
            List<String> rows = List.of(
                    // 1: submitted on the evening of 31 January, received on 1 February
                    "('D1', 1, 'P', '" + UNIT + "', 2, '1.CIT', 2, 1, 4, '2023-01-31 20:00:00', '2023-02-01 08:00:00',"
                            + " '2099-01-01 00:00:00', NULL, 0, 0, 0, 0, 0, 'open')",
                    // 2: fees and paid online, but its procedure charges nothing by the catalogue
                    "('D2', 1, 'P', '" + UNIT + "', 2, '1.FREE', 1, 2, 4, '2023-02-02 08:00:00', '2023-02-02 08:00:00',"
                            + " '2099-01-01 00:00:00', NULL, 0, 0, 1, 50000, 1, 'open')",
                    // 2, 6: a fee-bearing procedure's dossier, unpaid, its fee line of amount 0
                    "('D3', 1, 'P', '" + UNIT + "', 2, '1.FEE', 1, 2, 4, '2023-02-03 08:00:00', '2023-02-03 08:00:00',"
                            + " '2099-01-01 00:00:00', NULL, 0, 0, 0, 0, 0, 'open')",
                    // 3: a citizen applies for an enterprise procedure with population data
                    "('D4', 1, 'P', '" + UNIT + "', 2, '1.FEE', 1, 1, 4, '2023-02-04 08:00:00', '2023-02-04 08:00:00',"
                            + " '2099-01-01 00:00:00', NULL, 0, 1, 0, 0, 0, 'open')",
                    // 3: a procedure missing from the catalogue
                    "('D5', 1, 'P', '" + UNIT + "', 2, '9.UNKNOWN', 1, 1, 4, '2023-02-05 08:00:00',"
                            + " '2023-02-05 08:00:00', '2099-01-01 00:00:00', NULL, 0, 0, 0, 0, 0, 'open')",
                    // 4: processed (status 9), no times, due long ago: finished, as the job decides
                    "('D6', 1, 'P', '" + UNIT + "', 2, '1.FEE', 1, 2, 9, '2023-02-06 08:00:00', '2023-02-06 08:00:00',"
                            + " '2023-02-07 08:00:00', NULL, 0, 0, 0, 0, 0, 'no_finish_time')",
                    // 5: an agency missing from the catalogue
                    "('D7', 1, 'P', '" + UNKNOWN + "', 0, '1.CIT', 2, 1, 4, '2023-02-07 08:00:00',"
                            + " '2023-02-07 08:00:00', '2099-01-01 00:00:00', NULL, 0, 0, 0, 0, 0, 'open')");
            ClickHouseQueries.execute(client, "INSERT INTO " + d + ".dossier_facts" + columns + String.join(", ", rows));
            ClickHouseQueries.execute(client, "INSERT INTO " + d + ".reception_reports (agency_code, day, received,"
                    + " reported_at) VALUES ('" + UNIT + "', '2023-02-01', 1, '2023-02-01 23:00:00'),"
                    + " ('" + UNIT + "', '2023-02-02', 1, '2023-02-02 23:00:00')");
            new Aggregates().refresh(client, d);
        }
    }

    private static Map<String, String> figures(String period, String unit) throws Exception {
        List<String> indicators = new ArrayList<>(RuleTable.load().version("2026").keySet());
        Map<String, String> out = new LinkedHashMap<>();
        try (Client client = ClickHouseClients.open(db)) {
            for (Scorecard.Input in : IndicatorFigures.query(client, db.database(), Period.parse(period), unit, null,
                    indicators)) {
                out.put(in.indicator(), in.numerator() + "/" + in.denominator());
            }
        }
        return out;
    }

    /** 1: the dossier is February's in numerator and denominator alike; January has nothing to sync. */
    @Test
    void aDossierCountsInTheMonthItWasReceivedInBothTerms() throws Exception {
        assertEquals("0/0", figures("2023-01", UNIT).get("DOSSIER_SYNC"));
        assertEquals("0/0", figures("2023-01", UNIT).get("ON_TIME"));
        assertEquals("2/2", figures("2023-02-01..2023-02-02", UNIT).get("DOSSIER_SYNC"));
    }

    /** 2: fee-bearing procedures are the catalogue's: 1.FEE, unpaid; 1.FREE's paid fees do not make it one. */
    @Test
    void feeBearingProceduresAreTheCataloguesForPaymentBAndC() throws Exception {
        Map<String, String> f = figures("2023-02", UNIT);
        assertEquals("0/1", f.get("PAYMENT_B"));
        assertEquals("1/1", f.get("PAYMENT_A"), "dossiers with fees are the dossiers' own: D2");
    }

    /** 3: citizen procedures are the catalogue's: 1.CIT (D1, no population data), not 1.FEE nor 9.UNKNOWN. */
    @Test
    void citizenProceduresAreTheCataloguesApplicantKinds() throws Exception {
        assertEquals("0/1", figures("2023-02", UNIT).get("CITIZEN_DATA_CONNECTED_FORMALITY"));
    }

    /**
     * 4: the status-9 dossier without times is finished for every indicator: a finished dossier of a procedure that
     * issues a result (without an e-result), not on time, and not overdue for the satisfaction indicator.
     */
    @Test
    void finishedHasOneMeaning() throws Exception {
        Map<String, String> f = figures("2023-02", UNIT);
        assertEquals("0/1", f.get("ORIGINAL_RESULT_AVAILABLE"));
        assertEquals("5/6", f.get("ON_TIME"), "the five open dossiers are not yet due; D6 cannot show it was on time");
        assertEquals("6/6", f.get("DOSSIER_RECEIVING_SATISFACTION"), "none is late or overdue");
        try (Client client = ClickHouseClients.open(db)) {
            assertEquals(List.of(Map.of("finished", "1", "overdue", "0")), ClickHouseQueries.select(client,
                    "SELECT finished, overdue FROM " + db.database() + ".dossiers WHERE dossier_id = 'D6'"));
        }
    }

    /** 5: the unknown agency's dossier has a scorecard under its own code, and counts for the country. */
    @Test
    void anAgencyMissingFromTheCatalogueKeepsItsOwnScorecard() throws Exception {
        assertEquals("1/1", figures("2023-02", UNKNOWN).get("ONLINE_DOSSIERS"));
        assertEquals("2/7", figures("2023-02", IndicatorFigures.COUNTRY).get("ONLINE_DOSSIERS"));
        assertEquals("1/6", figures("2023-02", PROVINCE).get("ONLINE_DOSSIERS"), "not the province's: unknown");
        try (Client client = ClickHouseClients.open(db)) {
            IndicatorFigures.checkInputs(client, db.database(), Period.parse("2023-02"), UNKNOWN, null);
        }
        assertTrue(figures("2023-02", null).containsKey("ONLINE_DOSSIERS"));
    }

    /** 6: a fee line of amount 0 is not fee data: 1.FEE's only fee line is 0, so no fee-bearing procedure has any. */
    @Test
    void aFeeLineOfAmountZeroIsNotFeeData() throws Exception {
        assertEquals("0/1", figures("2023-02", UNIT).get("PAYMENT_C"));
    }
}
