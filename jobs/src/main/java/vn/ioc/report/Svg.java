package vn.ioc.report;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/** The report's charts as inline SVG: no script, no network, so the page is whole in one file and prints. */
final class Svg {
    private Svg() {}

    /** One bar per row, 0–100, coloured by band, with its value at the end. */
    static String bars(List<String> labels, List<BigDecimal> values, List<String> colours) {
        int rowHeight = 22;
        int labelWidth = 380;
        int barWidth = 520;
        int height = rowHeight * labels.size() + 30;
        StringBuilder s = new StringBuilder(String.format(Locale.ROOT,
                "<svg class=\"chart\" viewBox=\"0 0 %d %d\" width=\"%d\" height=\"%d\" role=\"img\">",
                labelWidth + barWidth + 60, height, labelWidth + barWidth + 60, height));
        for (int t = 0; t <= 100; t += 10) {
            double x = labelWidth + barWidth * t / 100.0;
            s.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"0\" x2=\"%.1f\" y2=\"%d\" stroke=\"#ddd\"/>"
                    + "<text x=\"%.1f\" y=\"%d\" font-size=\"10\" text-anchor=\"middle\">%d</text>", x, x,
                    height - 18, x, height - 4, t));
        }
        for (int i = 0; i < labels.size(); i++) {
            int y = i * rowHeight;
            double width = barWidth * values.get(i).doubleValue() / 100.0;
            s.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-size=\"12\" text-anchor=\"end\">%s</text>"
                    + "<rect x=\"%d\" y=\"%d\" width=\"%.1f\" height=\"%d\" fill=\"%s\"/>"
                    + "<text x=\"%.1f\" y=\"%d\" font-size=\"12\">%s</text>", labelWidth - 6, y + 15,
                    Html.escape(labels.get(i)), labelWidth, y + 3, width, rowHeight - 6, colours.get(i),
                    labelWidth + width + 4, y + 15, values.get(i).toPlainString()));
        }
        return s.append("</svg>").toString();
    }

    /**
     * One unit's total over months, 0–100 on the y axis, with the band thresholds as dashed lines. One line per
     * chart: units are drawn side by side, never over each other, so two units with the same totals stay readable.
     */
    static String line(List<String> months, List<BigDecimal> values, String colour) {
        int left = 26;
        int width = 320;
        int top = 6;
        int plot = 110;
        StringBuilder s = new StringBuilder(String.format(Locale.ROOT,
                "<svg class=\"chart trend\" viewBox=\"0 0 %d %d\" width=\"%d\" height=\"%d\" role=\"img\">",
                left + width + 14, plot + 30, left + width + 14, plot + 30));
        for (int threshold : new int[] {50, 70, 80, 90}) {
            double y = top + plot * (1 - threshold / 100.0);
            s.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#ccc\""
                    + " stroke-dasharray=\"4 3\"/><text x=\"%d\" y=\"%.1f\" font-size=\"9\" text-anchor=\"end\""
                    + " fill=\"#777\">%d</text>", left, y, left + width, y, left - 3, y + 3, threshold));
        }
        double step = months.size() > 1 ? width / (double) (months.size() - 1) : 0;
        // every label when they fit, else every second or third: labels never overlap either
        int every = Math.max(1, (int) Math.ceil(months.size() * 44.0 / width));
        for (int m = 0; m < months.size(); m += every) {
            s.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" font-size=\"9\" text-anchor=\"middle\""
                    + " fill=\"#555\">%s</text>", left + m * step, top + plot + 14, months.get(m)));
        }
        StringBuilder points = new StringBuilder();
        for (int m = 0; m < values.size(); m++) {
            if (values.get(m) != null) {
                double x = left + m * step;
                double y = top + plot * (1 - values.get(m).doubleValue() / 100.0);
                points.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, y));
                s.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"2.5\" fill=\"%s\"><title>%s:"
                        + " %s</title></circle>", x, y, colour, months.get(m), values.get(m).toPlainString()));
            }
        }
        s.append(String.format(Locale.ROOT, "<polyline fill=\"none\" stroke=\"%s\" stroke-width=\"2\" points=\"%s\"/>",
                colour, points.toString().strip()));
        return s.append("</svg>").toString();
    }

    /** A small line of monthly totals for a table cell. */
    static String sparkline(List<BigDecimal> values) {
        StringBuilder points = new StringBuilder();
        double step = values.size() > 1 ? 80.0 / (values.size() - 1) : 0;
        for (int m = 0; m < values.size(); m++) {
            if (values.get(m) != null) {
                points.append(String.format(Locale.ROOT, "%.1f,%.1f ", m * step,
                        18 * (1 - values.get(m).doubleValue() / 100.0) + 1));
            }
        }
        return "<svg width=\"80\" height=\"20\" viewBox=\"0 0 80 20\"><polyline fill=\"none\" stroke=\"#1f5fa8\""
                + " stroke-width=\"1.5\" points=\"" + points.toString().strip() + "\"/></svg>";
    }
}
