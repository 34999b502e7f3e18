package vn.ioc.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.ioc.cli.Ioc;

/**
 * The scoring contract on a hand-computed fixture (fixtures/score): every indicator, both rule kinds, each
 * zero-denominator rule (null, zero, full), unknown inputs, caps, half-up rounding at .xx5, groups only when
 * complete, total and band, and a unit name that needs CSV quoting.
 */
class ScoreCommandTest {
    private static final Path FIXTURE = Path.of("src/test/resources/fixtures/score");

    @Test
    void scoresTheHandComputedFixture(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("out.csv");
        int code = Ioc.commandLine().execute("score", "--in", FIXTURE.resolve("in.csv").toString(), "--out",
                out.toString(), "--rules", "2026");
        assertEquals(0, code);
        assertEquals(Files.readString(FIXTURE.resolve("expected.csv"), StandardCharsets.UTF_8).strip(),
                Files.readString(out, StandardCharsets.UTF_8).strip());
    }

    @Test
    void everyRuleKindAndSpecialCase() {
        Map<String, ScoreRule> rules = RuleTable.load().version("2026");
        assertEquals(21, rules.size());
        assertEquals(new BigDecimal("100"), rules.values().stream().map(ScoreRule::maxPoints)
                .reduce(BigDecimal.ZERO, BigDecimal::add), "the maxima add up to 100");
        for (Group g : Group.values()) {
            assertEquals(BigDecimal.valueOf(g.maxPoints()), rules.values().stream().filter(r -> r.group() == g)
                    .map(ScoreRule::maxPoints).reduce(BigDecimal.ZERO, BigDecimal::add), g + "'s indicators add up");
        }
        ScoreRule linear = rules.get("ON_TIME");
        assertEquals(new BigDecimal("20.00"), linear.score(BigDecimal.valueOf(5), BigDecimal.valueOf(4)), "capped at max");
        assertEquals(new BigDecimal("0.00"), linear.score(BigDecimal.ZERO, BigDecimal.ZERO), "progress: zero");
        assertNull(linear.score(null, BigDecimal.TEN), "unknown numerator");
        ScoreRule threshold = rules.get("REUSED_DIGITIZED_DATA");
        assertEquals(new BigDecimal("2.00"), threshold.score(BigDecimal.valueOf(8), BigDecimal.TEN), "full at 80 %");
        assertEquals(new BigDecimal("1.00"), threshold.score(BigDecimal.valueOf(4), BigDecimal.TEN));
        assertNull(threshold.score(BigDecimal.ZERO, BigDecimal.ZERO), "digitization: null");
        assertEquals(new BigDecimal("6.00"), rules.get("PETITION_HANDLING_SATISFACTION")
                .score(BigDecimal.ZERO, BigDecimal.ZERO), "no PAKN: full points");
        assertEquals(new BigDecimal("0.00"), rules.get("DOSSIER_RECEIVING_SATISFACTION")
                .score(BigDecimal.ZERO, BigDecimal.ZERO));
        assertEquals(new BigDecimal("6.00"), rules.get("DOSSIER_RECEIVING_SATISFACTION")
                .score(BigDecimal.valueOf(9), BigDecimal.TEN), "full at 90 %");
        // 4 × 469 / 800 = 2.345 exactly: half-up gives 2.35 where binary floating point would give 2.34
        assertEquals(new BigDecimal("2.35"), rules.get("PUBLIC_UPDATE_ON_TIME")
                .score(BigDecimal.valueOf(469), BigDecimal.valueOf(800)));
    }

    @Test
    void bands() {
        assertEquals(Band.EXCELLENT, Band.of(new BigDecimal("90.00")));
        assertEquals(Band.GOOD, Band.of(new BigDecimal("89.99")));
        assertEquals(Band.GOOD, Band.of(new BigDecimal("80")));
        assertEquals(Band.FAIR, Band.of(new BigDecimal("79.99")));
        assertEquals(Band.FAIR, Band.of(new BigDecimal("70")));
        assertEquals(Band.AVERAGE, Band.of(new BigDecimal("60.87")), "Bình Định 2022 (seed 000)");
        assertEquals(Band.AVERAGE, Band.of(new BigDecimal("50")));
        assertEquals(Band.WEAK, Band.of(new BigDecimal("49.99")));
    }

    @Test
    void onlineServiceReproducesThePublishedRow() {
        // the one published province-month row the split was reconstructed from scores 8.83 in this group
        Map<String, ScoreRule> rules = RuleTable.load().version("2026");
        Scorecard card = new Scorecard(rules);
        List<Scorecard.Row> rows = card.score(List.of(
                new Scorecard.Input("P", "ONLINE_OFFERED", BigDecimal.valueOf(80), BigDecimal.valueOf(100)),
                new Scorecard.Input("P", "ONLINE_USED", BigDecimal.valueOf(3), BigDecimal.valueOf(4)),
                new Scorecard.Input("P", "ONLINE_DOSSIERS", BigDecimal.valueOf(2415), BigDecimal.valueOf(10000))));
        assertEquals("GROUP_ONLINE_SERVICE", rows.get(3).code());
        assertEquals("7.90", rows.get(3).score(), "2 + 3 + 6 × 0.2415 / 0.5 = 7.898");
    }

    @Test
    void badInputSaysWhatIsWrong(@TempDir Path dir) throws Exception {
        Path in = dir.resolve("in.csv");
        Files.writeString(in, "unit,indicator,numerator,denominator\nA,NO_SUCH,1,2\n");
        assertEquals(2, Ioc.commandLine().execute("score", "--in", in.toString(), "--out",
                dir.resolve("o.csv").toString()));
        Files.writeString(in, "unit,indicator,numerator,denominator\nA,ON_TIME,x,2\n");
        assertEquals(2, Ioc.commandLine().execute("score", "--in", in.toString(), "--out",
                dir.resolve("o.csv").toString()));
        Files.writeString(in, "unit,numerator\nA,1\n");
        assertEquals(2, Ioc.commandLine().execute("score", "--in", in.toString(), "--out",
                dir.resolve("o.csv").toString()));
        assertThrows(IllegalArgumentException.class, () -> RuleTable.load().version("1999"));
    }
}
