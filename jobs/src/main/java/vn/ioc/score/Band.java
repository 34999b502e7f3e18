package vn.ioc.score;

import java.math.BigDecimal;

/** Classification of a total score (seed 000): 90–100 excellent, 80–<90 good, 70–<80 fair, 50–<70 average, <50 weak. */
public enum Band {
    EXCELLENT("excellent", "Xuất sắc", 90),
    GOOD("good", "Tốt", 80),
    FAIR("fair", "Khá", 70),
    AVERAGE("average", "Trung bình", 50),
    WEAK("weak", "Yếu", 0);

    private final String english;
    private final String vietnamese;
    private final int from;

    Band(String english, String vietnamese, int from) {
        this.english = english;
        this.vietnamese = vietnamese;
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

    public String english() {
        return english;
    }

    public String vietnamese() {
        return vietnamese;
    }

    /** The lowest total of this band. */
    public int from() {
        return from;
    }
}
