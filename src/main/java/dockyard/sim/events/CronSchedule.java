package dockyard.sim.events;

import dockyard.sim.Kernel;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * EventBridge's six-field cron: {@code Minutes Hours Day-of-month Month Day-of-week Year}, in UTC. Wildcards
 * {@code , - * /} everywhere; {@code ? L W} in day-of-month and {@code ? L #} in day-of-week; day-of-week runs 1-7 =
 * SUN-SAT; exactly one of day-of-month and day-of-week is {@code ?}; years 1970-2199 (EB {@code eb-cron-expressions}).
 */
public final class CronSchedule implements Schedule {
    private static final String[] MONTHS = {"JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"};
    private static final String[] DAYS = {"SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT"};
    private static final int MAX_YEAR = 2199;
    private final BitSet minutes;
    private final BitSet hours;
    private final BitSet months;
    private final BitSet years;
    private final Predicate<LocalDate> day;

    private CronSchedule(BitSet minutes, BitSet hours, BitSet months, BitSet years, Predicate<LocalDate> day) {
        this.minutes = minutes;
        this.hours = hours;
        this.months = months;
        this.years = years;
        this.day = day;
    }

    static CronSchedule parse(String body) {
        String[] f = body.trim().split(" +");
        if (f.length != 6) throw Schedule.invalid();
        boolean domAny = f[2].equals("?");
        boolean dowAny = f[4].equals("?");
        if (domAny == dowAny) throw Schedule.invalid();
        BitSet minutes = bits(f[0], 0, 59, null);
        BitSet hours = bits(f[1], 0, 23, null);
        BitSet months = bits(f[3], 1, 12, MONTHS);
        BitSet years = bits(f[5], 1970, MAX_YEAR, null);
        Predicate<LocalDate> day = domAny ? dayOfWeek(f[4]) : dayOfMonth(f[2]);
        return new CronSchedule(minutes, hours, months, years, day);
    }

    @Override
    public long nextAfter(long afterMillis, long anchorMillis) {
        LocalDateTime after = LocalDateTime.ofInstant(Kernel.EPOCH.plusMillis(afterMillis), ZoneOffset.UTC);
        LocalDate d = after.toLocalDate();
        for (; d.getYear() <= MAX_YEAR; d = d.plusDays(1)) {
            if (!years.get(d.getYear())) {
                int next = years.nextSetBit(d.getYear());
                if (next < 0) return -1;
                d = LocalDate.of(next, 1, 1).minusDays(1);
                continue;
            }
            if (!months.get(d.getMonthValue()) || !day.test(d)) continue;
            for (int h = hours.nextSetBit(0); h >= 0; h = hours.nextSetBit(h + 1)) {
                for (int m = minutes.nextSetBit(0); m >= 0; m = minutes.nextSetBit(m + 1)) {
                    LocalDateTime t = d.atTime(h, m);
                    if (t.isAfter(after)) {
                        return t.toInstant(ZoneOffset.UTC).toEpochMilli() - Kernel.EPOCH.toEpochMilli();
                    }
                }
            }
        }
        return -1;
    }

    /** A field of values, ranges and steps: {@code *}, {@code 5}, {@code 1-5}, {@code 0/15}, {@code MON-FRI}, lists with commas. */
    private static BitSet bits(String field, int min, int max, String[] names) {
        BitSet out = new BitSet();
        for (String part : field.split(",", -1)) {
            int step = 1;
            String range = part;
            int slash = part.indexOf('/');
            if (slash >= 0) {
                step = number(part.substring(slash + 1), 1, max, null);
                range = part.substring(0, slash);
            }
            int lo;
            int hi;
            if (range.equals("*")) {
                lo = min;
                hi = max;
            } else if (range.contains("-")) {
                String[] ends = range.split("-", -1);
                if (ends.length != 2) throw Schedule.invalid();
                lo = number(ends[0], min, max, names);
                hi = number(ends[1], min, max, names);
                if (hi < lo) throw Schedule.invalid();
            } else {
                lo = number(range, min, max, names);
                hi = slash >= 0 ? max : lo;
            }
            for (int v = lo; v <= hi; v += step) out.set(v);
        }
        return out;
    }

    private static int number(String text, int min, int max, String[] names) {
        if (names != null) {
            String upper = text.toUpperCase(Locale.ROOT);
            for (int i = 0; i < names.length; i++) {
                if (names[i].equals(upper)) return i + min;
            }
        }
        if (!text.matches("\\d{1,4}")) throw Schedule.invalid();
        int v = Integer.parseInt(text);
        if (v < min || v > max) throw Schedule.invalid();
        return v;
    }

    /** Day-of-month: values/ranges/steps, {@code L} (last day), {@code nW} (weekday nearest day n), {@code LW}. */
    private static Predicate<LocalDate> dayOfMonth(String field) {
        if (field.equals("L")) return d -> d.getDayOfMonth() == d.lengthOfMonth();
        if (field.equals("LW")) return d -> d.equals(nearestWeekday(d.withDayOfMonth(d.lengthOfMonth())));
        if (field.matches("\\d{1,2}W")) {
            int n = number(field.substring(0, field.length() - 1), 1, 31, null);
            return d -> n <= d.lengthOfMonth() && d.equals(nearestWeekday(d.withDayOfMonth(n)));
        }
        BitSet days = bits(field, 1, 31, null);
        return d -> days.get(d.getDayOfMonth());
    }

    /** The weekday nearest {@code d} within its month (Saturday → Friday, Sunday → Monday, never across the month). */
    private static LocalDate nearestWeekday(LocalDate d) {
        if (d.getDayOfWeek() == DayOfWeek.SATURDAY) return d.getDayOfMonth() == 1 ? d.plusDays(2) : d.minusDays(1);
        if (d.getDayOfWeek() == DayOfWeek.SUNDAY) return d.getDayOfMonth() == d.lengthOfMonth() ? d.minusDays(2) : d.plusDays(1);
        return d;
    }

    /** Day-of-week 1-7 = SUN-SAT: values/ranges/steps/names, {@code nL} (last such day of the month), {@code n#k} (k-th). */
    private static Predicate<LocalDate> dayOfWeek(String field) {
        List<Predicate<LocalDate>> any = new ArrayList<>();
        for (String part : field.split(",", -1)) {
            if (part.equals("L")) {
                any.add(d -> awsDay(d) == 7);
            } else if (part.endsWith("L")) {
                int dow = number(part.substring(0, part.length() - 1), 1, 7, DAYS);
                any.add(d -> awsDay(d) == dow && d.plusDays(7).getMonthValue() != d.getMonthValue());
            } else if (part.contains("#")) {
                String[] p = part.split("#", -1);
                if (p.length != 2) throw Schedule.invalid();
                int dow = number(p[0], 1, 7, DAYS);
                int nth = number(p[1], 1, 5, null);
                any.add(d -> awsDay(d) == dow && (d.getDayOfMonth() - 1) / 7 + 1 == nth);
            } else {
                BitSet days = bits(part, 1, 7, DAYS);
                any.add(d -> days.get(awsDay(d)));
            }
        }
        return d -> any.stream().anyMatch(p -> p.test(d));
    }

    /** Java's MONDAY=1..SUNDAY=7 as cron's SUN=1..SAT=7. */
    private static int awsDay(LocalDate d) {
        return d.getDayOfWeek().getValue() % 7 + 1;
    }
}
