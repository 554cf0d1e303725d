package dockyard.shell;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How the tools print simulated instants: the AWS CLI v2's ISO 8601 form and {@code ls -l}'s date column. */
public final class Timestamps {
    private static final DateTimeFormatter AWS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSSxxx").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter LS = DateTimeFormatter.ofPattern("MMM ppd HH:mm", Locale.ENGLISH).withZone(ZoneOffset.UTC);

    private Timestamps() {
    }

    /** Epoch seconds (as AWS's JSON protocol sends them) the way AWS CLI v2 prints them: {@code 2026-03-02T09:00:05.123000+00:00}. */
    public static String aws(double epochSeconds) {
        long micros = Math.round(epochSeconds * 1_000_000d);
        return AWS.format(Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000L), Math.floorMod(micros, 1_000_000L) * 1000L));
    }

    static String lsDate(Instant t) {
        return LS.format(t);
    }
}
