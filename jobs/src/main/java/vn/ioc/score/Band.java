package vn.ioc.score;

import java.math.BigDecimal;

/** Classification of a total score (seed 000): 90–100 excellent, 80–<90 good, 70–<80 fair, 50–<70 average, <50 weak. */
public enum Band {
    EXCELLENT("excellent", 90), // Xuất sắc
    GOOD("good", 80), // Tốt
    FAIR("fair", 70), // Khá
    AVERAGE("average", 50), // Trung bình
    WEAK("weak", 0); // Yếu

    private final String english;
    private final int from;

    Band(String english, int from) {
        this.english = english;
        this.from = from;
    }

    public static Band of(BigDecimal total) {
        for (Band b : values()) {
            if (total.compareTo(BigDecimal.valueOf(b.from)) >= 0) {
                return b;
            }
        }
        return WEAK;
    }

    /** The lowest total of the next better band, or null for the best band. */
    public BigDecimal nextThreshold() {
        return ordinal() == 0 ? null : BigDecimal.valueOf(values()[ordinal() - 1].from);
    }

    public String english() {
        return english;
    }
}
