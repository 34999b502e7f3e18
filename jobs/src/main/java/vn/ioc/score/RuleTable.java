package vn.ioc.score;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** The versioned scoring rules of rules/score-rules.csv, packaged in the jar as rules/score-rules.csv. */
public final class RuleTable {
    static final String RESOURCE = "rules/score-rules.csv";

    private final Map<String, Map<String, ScoreRule>> byVersion;

    private RuleTable(Map<String, Map<String, ScoreRule>> byVersion) {
        this.byVersion = byVersion;
    }

    public static RuleTable load() {
        try (InputStream in = RuleTable.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("no " + RESOURCE + " on the classpath");
            }
            return parse(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static RuleTable parse(InputStream csv) throws IOException {
        Map<String, Map<String, ScoreRule>> byVersion = new TreeMap<>();
        try (MappingIterator<Map<String, String>> rows = new CsvMapper().readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(csv)) {
            while (rows.hasNext()) {
                Map<String, String> r = rows.next();
                String fullAt = r.get("full_at");
                ScoreRule rule = new ScoreRule(r.get("version"), LocalDate.parse(r.get("valid_from")),
                        r.get("indicator"), Group.valueOf(r.get("group")), new BigDecimal(r.get("max_points")),
                        ScoreRule.Kind.valueOf(r.get("kind").toUpperCase(Locale.ROOT)),
                        fullAt == null || fullAt.isBlank() ? null : new BigDecimal(fullAt),
                        ScoreRule.OnZero.valueOf(r.get("on_zero").toUpperCase(Locale.ROOT)),
                        "yes".equals(r.get("confirmed")));
                if (rule.kind() == ScoreRule.Kind.THRESHOLD && rule.fullAt() == null) {
                    throw new IllegalStateException(rule.indicator() + " " + rule.version() + ": threshold needs full_at");
                }
                byVersion.computeIfAbsent(rule.version(), v -> new LinkedHashMap<>()).put(rule.indicator(), rule);
            }
        }
        return new RuleTable(byVersion);
    }

    /** The rules of a version; null asks for the version in force today. */
    public Map<String, ScoreRule> version(String version) {
        if (version == null) {
            return latestValidOn(LocalDate.now());
        }
        Map<String, ScoreRule> rules = byVersion.get(version);
        if (rules == null) {
            throw new IllegalArgumentException("no rule version " + version + " (known: " + byVersion.keySet() + ")");
        }
        return rules;
    }

    /** The version in force on a day: the one with the latest valid_from not after it. */
    public Map<String, ScoreRule> latestValidOn(LocalDate day) {
        return validOn(day).orElseThrow(() -> new IllegalStateException("no rule version is valid on " + day));
    }

    /**
     * The rule set that scores a period: the one valid at the period's end (a 2023 period is scored as the portal
     * scored it then, not by today's set), or the version asked for. A period that ends before the earliest set
     * applies is refused rather than scored by rules that did not exist yet; the message names the flag that forces
     * a set.
     */
    public RuleSet forPeriod(Period period, String forced) {
        if (forced != null) {
            return new RuleSet(forced, version(forced));
        }
        Map<String, ScoreRule> rules = validOn(period.to()).orElseThrow(() -> {
            ScoreRule earliest = byVersion.values().stream().map(RuleTable::firstOf)
                    .min(Comparator.comparing(ScoreRule::validFrom)).orElseThrow();
            return new IllegalArgumentException("no rule set is valid on " + period.to() + ", the end of " + period
                    + ": the earliest, " + earliest.version() + ", applies from " + earliest.validFrom() + "; --rules "
                    + earliest.version() + " scores the period with it");
        });
        return new RuleSet(firstOf(rules).version(), rules);
    }

    /** Every version's rules, for loading the table into ClickHouse. */
    public List<ScoreRule> all() {
        return byVersion.values().stream().flatMap(rules -> rules.values().stream()).toList();
    }

    private java.util.Optional<Map<String, ScoreRule>> validOn(LocalDate day) {
        return byVersion.values().stream()
                .filter(rules -> !firstOf(rules).validFrom().isAfter(day))
                .max(Comparator.comparing(rules -> firstOf(rules).validFrom()));
    }

    private static ScoreRule firstOf(Map<String, ScoreRule> rules) {
        return rules.values().iterator().next();
    }
}
