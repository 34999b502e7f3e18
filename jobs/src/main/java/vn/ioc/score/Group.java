package vn.ioc.score;

/** The six groups of the 766 index, with their maxima (domain.md §6), in the order the portal lists them. */
public enum Group {
    TRANSPARENCY(18),
    PROGRESS(20),
    ONLINE_SERVICE(12),
    ONLINE_PAYMENT(10),
    SATISFACTION(18),
    DIGITIZATION(22);

    private final int maxPoints;

    Group(int maxPoints) {
        this.maxPoints = maxPoints;
    }

    public int maxPoints() {
        return maxPoints;
    }

    /** The code of the group's row in score outputs, e.g. GROUP_TRANSPARENCY. */
    public String code() {
        return "GROUP_" + name();
    }
}
