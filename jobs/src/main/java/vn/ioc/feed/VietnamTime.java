package vn.ioc.feed;

import java.time.ZoneOffset;

/**
 * The feeds' clock: every time in them is Asia/Ho_Chi_Minh local time, and the periods the 766 index scores are
 * Vietnamese days, months and years. Vietnam has kept UTC+7 without daylight saving since 1975, so a fixed offset is
 * exact and avoids zone-rule lookups on the hot path. Part of the feed contract, so that every stage and every
 * reader of the warehouse shares one definition.
 */
public final class VietnamTime {
    public static final ZoneOffset OFFSET = ZoneOffset.ofHours(7);

    private VietnamTime() {
    }
}
