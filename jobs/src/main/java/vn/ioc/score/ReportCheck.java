package vn.ioc.score;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Checks of an official report's rows, each on its own: a numerator cannot exceed its denominator, and the stated
 * percentage must be numerator ÷ denominator × 100 within 0.05 (the reports print one or two decimals). When the
 * numerator exceeds the denominator the stated percentage is not checked: the row is already wrong, and one
 * misprint should be one finding.
 */
public final class ReportCheck {
    static final BigDecimal PERCENT_TOLERANCE = new BigDecimal("0.05");

    /** A row of the report. */
    public record Line(String level, String measure, BigDecimal numerator, BigDecimal denominator,
            BigDecimal statedPercent) {
        public BigDecimal percent() {
            return numerator.multiply(BigDecimal.valueOf(100)).divide(denominator, MathContext.DECIMAL64);
        }
    }

    /** One inconsistency found. */
    public record Finding(String level, String measure, String check, String detail) {}

    private ReportCheck() {}

    public static List<Finding> check(List<Line> lines) {
        List<Finding> out = new ArrayList<>();
        for (Line l : lines) {
            if (l.numerator.compareTo(l.denominator) > 0) {
                out.add(new Finding(l.level, l.measure, "numerator_exceeds_denominator",
                        l.numerator.toPlainString() + " > " + l.denominator.toPlainString()));
                continue;
            }
            if (l.denominator.signum() == 0 || l.statedPercent == null) {
                continue;
            }
            BigDecimal computed = l.percent();
            if (computed.subtract(l.statedPercent).abs().compareTo(PERCENT_TOLERANCE) > 0) {
                out.add(new Finding(l.level, l.measure, "stated_percent_mismatch", String.format(Locale.ROOT,
                        "%s / %s = %.2f %%, stated %s %%", l.numerator.toPlainString(), l.denominator.toPlainString(),
                        computed, l.statedPercent.toPlainString())));
            }
        }
        return out;
    }
}
