package vn.ioc.score;

import com.clickhouse.client.api.Client;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import vn.ioc.clickhouse.ClickHouseQueries;

/** The units of the agency catalogue as {@link Ranking} needs them: level, province, and whether they existed in a period. */
public final class RankedUnits {
    private RankedUnits() {}

    public static Map<String, Ranking.Unit> load(Client client, String database, Period period) throws Exception {
        Map<String, Ranking.Unit> units = new HashMap<>();
        for (Map<String, String> row : ClickHouseQueries.select(client, "SELECT agency_code, level, province_code,"
                + " valid_from, valid_to FROM " + database + ".agencies FINAL")) {
            LocalDate from = LocalDate.parse(row.get("valid_from"));
            LocalDate to = row.get("valid_to") == null ? null : LocalDate.parse(row.get("valid_to"));
            boolean inPeriod = !from.isAfter(period.to()) && (to == null || !to.isBefore(period.from()));
            units.put(row.get("agency_code"), new Ranking.Unit(row.get("agency_code"), Integer.parseInt(row.get("level")),
                    row.get("province_code"), inPeriod));
        }
        return units;
    }
}
