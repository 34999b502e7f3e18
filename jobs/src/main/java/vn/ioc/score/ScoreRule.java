package vn.ioc.score;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;

/** One indicator's scoring rule in one rule version (a row of rules/score-rules.csv). */
public record ScoreRule(String version, LocalDate validFrom, String indicator, Group group, BigDecimal maxPoints,
        Kind kind, BigDecimal fullAt, OnZero onZero, boolean confirmed) {

    public enum Kind { LINEAR, THRESHOLD }

    /** What a zero denominator earns. */
    public enum OnZero { NULL, ZERO, FULL }

    private static final MathContext EXACT = MathContext.DECIMAL128;

    /**
     * The indicator's points, rounded half-up to 2 decimals as the portal publishes them; null when the rule gives
     * no score (unknown inputs, or a zero denominator where the rule says null).
     */
    public BigDecimal score(BigDecimal numerator, BigDecimal denominator) {
        if (numerator == null || denominator == null) {
            return null;
        }
        if (denominator.signum() == 0) {
            return switch (onZero) {
                case NULL -> null;
                case ZERO -> round(BigDecimal.ZERO);
                case FULL -> round(maxPoints);
            };
        }
        // one division, last: max × n ÷ d is exact whenever it ends in a half cent, so half-up rounds it as the
        // portal does (dividing n ÷ d first, 6 × 1/1200 would give 0.00499… and round down); the SQL scores
        // (views/3_marts/indicator_scores.sql) compute the same in integers
        BigDecimal points = switch (kind) {
            case LINEAR -> maxPoints.multiply(numerator).divide(denominator, EXACT);
            case THRESHOLD -> maxPoints.multiply(numerator).divide(denominator.multiply(fullAt), EXACT);
        };
        return round(points.min(maxPoints).max(BigDecimal.ZERO));
    }

    static BigDecimal round(BigDecimal v) {
        return v.setScale(2, RoundingMode.HALF_UP);
    }
}
