package dockyard.sim.events;

import dockyard.sim.AwsException;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A rule's schedule expression (EventBridge User Guide, {@code eb-create-rule-schedule}): {@code rate(value unit)} or a
 * six-field {@code cron(...)}, evaluated in UTC with one-minute precision. Fire times are simulated milliseconds since
 * {@link dockyard.sim.Kernel#EPOCH}, always on a minute boundary (the kernel epoch is itself on one).
 */
public sealed interface Schedule permits Schedule.Rate, CronSchedule {
    /** One simulated minute, in milliseconds. */
    long MINUTE = 60_000L;

    /**
     * The first fire time strictly after {@code afterMillis}, or -1 when the schedule never fires again.
     *
     * @param anchorMillis when the schedule was (re)started: rates count their periods from the minute it falls in
     */
    long nextAfter(long afterMillis, long anchorMillis);

    /** AWS's answer to any malformed expression. */
    static AwsException invalid() {
        return AwsException.client("ValidationException", "Parameter ScheduleExpression is not valid.");
    }

    /** Parses {@code rate(...)} or {@code cron(...)}; anything else is AWS's ValidationException. */
    static Schedule parse(String expression) {
        if (expression == null || expression.length() > 256) throw invalid();
        if (expression.startsWith("rate(")) return Rate.parse(expression);
        if (expression.startsWith("cron(") && expression.endsWith(")")) {
            return CronSchedule.parse(expression.substring(5, expression.length() - 1));
        }
        throw invalid();
    }

    /**
     * {@code rate(value unit)}: value 1 takes the singular unit ({@code minute|hour|day}), larger values the plural.
     *
     * @param periodMillis the period in simulated milliseconds (a whole number of minutes)
     */
    record Rate(long periodMillis) implements Schedule {
        private static final Pattern RATE = Pattern.compile("rate\\((\\d{1,9}) (minute|minutes|hour|hours|day|days)\\)");

        static Rate parse(String expression) {
            Matcher m = RATE.matcher(expression);
            if (!m.matches()) throw invalid();
            long value = Long.parseLong(m.group(1));
            String unit = m.group(2);
            boolean plural = unit.endsWith("s");
            if (value < 1 || (value == 1) == plural) throw invalid();
            long unitMillis = switch (unit.replaceFirst("s$", "")) {
                case "minute" -> MINUTE;
                case "hour" -> 60 * MINUTE;
                default -> 24 * 60 * MINUTE;
            };
            return new Rate(value * unitMillis);
        }

        @Override
        public long nextAfter(long afterMillis, long anchorMillis) {
            long base = Math.floorDiv(anchorMillis, MINUTE) * MINUTE;
            if (afterMillis < base) return base + periodMillis;
            long periods = (afterMillis - base) / periodMillis + 1;
            return base + periods * periodMillis;
        }
    }
}
