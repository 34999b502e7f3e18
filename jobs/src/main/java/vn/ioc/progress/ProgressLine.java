package vn.ioc.progress;

import java.util.Locale;

/** One progress report: how much of what is done, the rate so far, the percent and the time left when known. */
public record ProgressLine(String task, String unit) {

    /** @param total 0 when unknown: no percent, no time left */
    public String format(long done, long total, double seconds) {
        double rate = seconds > 0 ? done / seconds : 0;
        StringBuilder s = new StringBuilder(task).append(": ").append(number(done));
        if (total > 0) {
            s.append(" of ").append(number(total));
        }
        s.append(' ').append(unit);
        if (total > 0) {
            s.append(String.format(Locale.ROOT, " (%.1f %%)", Math.min(100.0, 100.0 * done / total)));
        }
        s.append(", ").append(number(Math.round(rate))).append(' ').append(unit).append("/s");
        s.append(", ").append(clock(seconds)).append(" elapsed");
        if (total > 0 && rate > 0 && done < total) {
            s.append(", ").append(clock((total - done) / rate)).append(" left");
        }
        return s.toString();
    }

    private static String number(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    private static String clock(double seconds) {
        long s = Math.round(seconds);
        return s >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
    }
}
