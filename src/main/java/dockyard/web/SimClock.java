package dockyard.web;

import dockyard.sim.Kernel;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Formats simulated timestamps for the sandbox's templates (milliseconds since {@link Kernel#EPOCH}, shown in UTC). */
public final class SimClock {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneOffset.UTC);

    /** The time of day, e.g. {@code 09:00:05}. */
    public String at(long simMillis) {
        return STAMP.format(Kernel.EPOCH.plusMillis(simMillis));
    }
}
