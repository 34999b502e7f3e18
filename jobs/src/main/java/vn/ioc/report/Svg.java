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

    /** Lines over months, 0–100 on the y axis, with the band thresholds as dashed lines. */
    static String lines(List<String> months, List<String> names, List<List<BigDecimal>> series, List<String> colours) {
        int left = 40;
        int width = 760;
        int top = 10;
        int plot = 220;
        StringBuilder s = new StringBuilder(String.format(Locale.ROOT,
                "<svg class=\"chart\" viewBox=\"0 0 %d %d\" width=\"%d\" height=\"%d\" role=\"img\">",
                left + width + 220, plot + 50, left + width + 220, plot + 50));
        for (int threshold : new int[] {50, 70, 80, 90}) {
            double y = top + plot * (1 - threshold / 100.0);
            s.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#bbb\""
                    + " stroke-dasharray=\"4 3\"/><text x=\"%d\" y=\"%.1f\" font-size=\"10\" text-anchor=\"end\">%d"
                    + "</text>", left, y, left + width, y, left - 4, y + 3, threshold));
        }
        double step = months.size() > 1 ? width / (double) (months.size() - 1) : 0;
        for (int m = 0; m < months.size(); m++) {
            s.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" font-size=\"10\" text-anchor=\"middle\">%s"
                    + "</text>", left + m * step, top + plot + 16, months.get(m)));
        }
        for (int i = 0; i < series.size(); i++) {
            StringBuilder points = new StringBuilder();
            List<BigDecimal> values = series.get(i);
            for (int m = 0; m < values.size(); m++) {
                if (values.get(m) != null) {
                    points.append(String.format(Locale.ROOT, "%.1f,%.1f ", left + m * step,
                            top + plot * (1 - values.get(m).doubleValue() / 100.0)));
                }
            }
            s.append(String.format(Locale.ROOT, "<polyline fill=\"none\" stroke=\"%s\" stroke-width=\"2\""
                    + " points=\"%s\"/><text x=\"%d\" y=\"%d\" font-size=\"11\" fill=\"%s\">%s</text>", colours.get(i),
                    points.toString().strip(), left + width + 10, top + 14 + 16 * i, colours.get(i),
                    Html.escape(names.get(i))));
        }
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
