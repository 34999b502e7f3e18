package vn.ioc.cli;

import java.time.Duration;

/** Human durations on the command line: 500ms, 10s, 5m, 1h, 30d. */
final class Durations {
    private Durations() {}

    static Duration parse(String text) {
        String t = text.strip().toLowerCase();
        try {
            if (t.endsWith("ms")) {
                return Duration.ofMillis(Long.parseLong(t.substring(0, t.length() - 2)));
            }
            long n = Long.parseLong(t.substring(0, t.length() - 1));
            return switch (t.charAt(t.length() - 1)) {
                case 's' -> Duration.ofSeconds(n);
                case 'm' -> Duration.ofMinutes(n);
                case 'h' -> Duration.ofHours(n);
                case 'd' -> Duration.ofDays(n);
                default -> throw new IllegalArgumentException();
            };
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("not a duration (e.g. 500ms, 10s, 5m, 30d): " + text);
        }
    }
}
