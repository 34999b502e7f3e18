package vn.ioc.clickhouse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import vn.ioc.feed.Codes;

/**
 * Codes are decoded once (issue 17): the Java side reads vn.ioc.feed.Codes, the warehouse decodes the same values in
 * its staging views only, and every other view, aggregate and operator question reads the decoded columns
 * (channel_name, applicant_kind, payment_gateway, serves_citizens, is_pakn, dissatisfied) and the job's timeliness, never a code.
 */
class CodesTest {
    private static final Pattern CODE_COMPARED = Pattern.compile(
            "\\b(channel|applicant_type|payment_channel|status|kind|rating)\\s*(=|!=|<>|IN)\\s*\\(?\\s*\\d",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern STATUS_LITERAL = Pattern.compile("\\bstatus\\b[^\\n]*\\b(3|7|8|9|10)\\b");

    @Test
    void theStagingViewsDecodeWithTheJavaCodeTable() throws Exception {
        String dossiers = ClasspathDirectory.readFile("clickhouse/views/1_staging/dossiers.sql");
        assertDecodes(dossiers, "channel", Codes.CHANNEL_IN_PERSON, "in_person");
        assertDecodes(dossiers, "channel", Codes.CHANNEL_ONLINE, "online");
        assertDecodes(dossiers, "channel", Codes.CHANNEL_POSTAL, "postal");
        assertDecodes(dossiers, "applicant_type", Codes.APPLICANT_CITIZEN, "citizen");
        assertDecodes(dossiers, "applicant_type", Codes.APPLICANT_ENTERPRISE, "enterprise");
        assertDecodes(dossiers, "applicant_type", Codes.APPLICANT_STATE_AGENCY, "state_agency");
        assertDecodes(dossiers, "applicant_type", Codes.APPLICANT_ORGANISATION, "organisation");
        assertDecodes(dossiers, "payment_channel", Codes.PAID_VIA_DVCQG, "dvcqg");
        assertDecodes(dossiers, "payment_channel", Codes.PAID_VIA_PROVINCE, "province");
        String petitions = ClasspathDirectory.readFile("clickhouse/views/1_staging/petition_records.sql");
        assertTrue(petitions.contains("toUInt8(kind = " + Codes.PETITION_PAKN + ") AS is_pakn"));
        assertTrue(petitions.contains("toUInt8(rating = " + Codes.RATING_DISSATISFIED + ") AS dissatisfied"));
        assertTrue(ClasspathDirectory.readFile("clickhouse/views/1_staging/catalogue_procedures.sql")
                .contains("has(applicant_types, " + Codes.APPLICANT_CITIZEN + ")) AS serves_citizens"));
    }

    @Test
    void noOtherViewAggregateOrQuestionComparesACodeToANumber() throws Exception {
        List<String> found = new ArrayList<>();
        for (String dir : List.of("clickhouse/views/2_intermediate", "clickhouse/views/3_marts", "clickhouse/aggregates",
                "clickhouse/queries")) {
            for (Map.Entry<String, String> file : ClasspathDirectory.read(dir).entrySet()) {
                for (String line : file.getValue().split("\n")) {
                    String code = line.replaceAll("--.*", "");
                    if (CODE_COMPARED.matcher(code).find() || STATUS_LITERAL.matcher(code).find()) {
                        found.add(dir + "/" + file.getKey() + ": " + line.strip());
                    }
                }
            }
        }
        assertEquals(List.of(), found);
    }

    private static void assertDecodes(String sql, String column, int code, String name) {
        Matcher m = Pattern.compile("\\b" + column + " = " + code + ", '" + name + "'").matcher(sql);
        assertTrue(m.find(), column + " " + code + " decodes as " + name);
    }
}
