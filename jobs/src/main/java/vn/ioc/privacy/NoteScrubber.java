package vn.ioc.privacy;

import java.util.regex.Pattern;

/**
 * Free text typed by officers (a processing step's NoiDungXuLy) with what could identify a person taken out before
 * it is stored: e-mail addresses, any run of six or more digits even when grouped by spaces, dots or dashes (citizen
 * ids, tax and insurance codes, phone numbers: {@code 052 047 973 856}, {@code 0905.123.456}), dates in any of the
 * usual forms, a capitalized word after a form of address ({@code ông}, {@code bà}, {@code anh}, {@code chị}...),
 * and runs of two or more capitalized words (Vietnamese names: {@code Lý Thị Yến}). What remains is the note's
 * ordinary words ("Tiếp nhận hồ sơ", "Phê duyệt", "Chuyển phòng chuyên môn"). The scrub is deliberately greedy:
 * an agency's name written in capitals is masked too; a note is worth less than a leak.
 */
public final class NoteScrubber {
    private static final String MASK = "***";
    private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+(\\.[\\w-]+)+");
    private static final Pattern DATE = Pattern.compile("\\b\\d{1,4}[/.\\-]\\d{1,2}[/.\\-]\\d{1,4}\\b");
    private static final Pattern DIGIT_RUN = Pattern.compile("\\d(?:[\\s.\\-]?\\d){5,}");
    private static final String CAPITALIZED = "\\p{Lu}[\\p{Ll}\\p{M}]*";
    private static final Pattern ADDRESSED = Pattern.compile(
            "(?iu)\\b(ông|bà|anh|chị|em|cô|chú|bác|cháu|công dân|người nộp|chủ hồ sơ)(\\s+)(?-i)" + CAPITALIZED);
    private static final Pattern NAME = Pattern.compile(CAPITALIZED + "(?:\\s+" + CAPITALIZED + ")+");

    private NoteScrubber() {}

    public static String scrub(String note) {
        if (note == null || note.isEmpty()) {
            return "";
        }
        String s = EMAIL.matcher(note).replaceAll(MASK);
        s = DATE.matcher(s).replaceAll(MASK);
        s = DIGIT_RUN.matcher(s).replaceAll(MASK);
        s = NAME.matcher(s).replaceAll(MASK);
        return ADDRESSED.matcher(s).replaceAll("$1$2" + MASK);
    }
}
