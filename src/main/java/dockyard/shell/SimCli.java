package dockyard.shell;

import dockyard.sim.Kernel;
import dockyard.sim.Timeline;
import dockyard.sim.World;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code sim}: the sandbox's own command. {@code sim advance DURATION} moves simulated time ({@code 30s},
 * {@code 5m}, {@code 2h}, {@code 1h30m}, {@code 1d}; at most 7 days) and prints what happened on the way from the
 * world's timeline; {@code sim time} / {@code sim status} tell the simulated time; {@code sim help}.
 */
final class SimCli implements Command {
    private static final Pattern DURATION = Pattern.compile("(?:(\\d+)d)?(?:(\\d+)h)?(?:(\\d+)m)?(?:(\\d+)s)?");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ISO_INSTANT;
    private static final String HELP = """
            sim — control the simulated AWS account
              sim advance DURATION   move simulated time forward (30s, 5m, 2h, 1h30m, 1d; at most 7d) and show what happened
              sim time               print the simulated time
              sim status             print the simulated time and how many events are waiting
              sim help               this help
            Nothing in the simulated account moves until you advance time.
            """;

    private final World world;

    SimCli(World world) {
        this.world = world;
    }

    @Override
    public int run(Io io) {
        List<String> a = io.args();
        if (a.size() < 2 || a.get(1).equals("help") || a.get(1).equals("--help")) {
            io.out().write(HELP);
            return a.size() < 2 ? 2 : 0;
        }
        return switch (a.get(1)) {
            case "advance" -> advance(io, a.size() > 2 ? a.get(2) : null, a.size());
            case "time" -> {
                io.println(TIME.format(world.kernel().instant()));
                yield 0;
            }
            case "status" -> {
                io.println("Simulated time: " + TIME.format(world.kernel().instant())
                        + " (" + human(world.kernel().now()) + " since the sandbox started)");
                io.println("Pending events: " + world.kernel().pending());
                yield 0;
            }
            default -> {
                io.eprintln("sim: unknown command '" + a.get(1) + "' (try: sim help)");
                yield 2;
            }
        };
    }

    /**
     * {@code sleep N[smhd]}: in the sandbox, waiting is simulated time passing, so {@code sleep 60} in a script
     * lets the account move on by a minute, quietly (coreutils' {@code sleep} prints nothing).
     */
    static Command sleep(World world) {
        return io -> {
            if (io.args().size() < 2) {
                io.eprintln("sleep: missing operand");
                io.eprintln("Try 'sleep --help' for more information.");
                return 1;
            }
            long total = 0;
            for (String a : io.args().subList(1, io.args().size())) {
                long ms = parse(a.matches("\\d+") ? a + "s" : a);
                if (ms < 0) {
                    io.eprintln("sleep: invalid time interval ‘" + a + "’");
                    io.eprintln("Try 'sleep --help' for more information.");
                    return 1;
                }
                total += ms;
            }
            if (total > Kernel.MAX_ADVANCE_MILLIS) {
                io.eprintln("sim: cannot advance more than 7 days at a time (asked for " + String.join(" ", io.args().subList(1, io.args().size())) + ")");
                return 1;
            }
            world.kernel().advance(total);
            return 0;
        };
    }

    private int advance(Io io, String arg, int argc) {
        if (arg == null || argc > 3) {
            io.eprintln("usage: sim advance DURATION   (e.g. 30s, 5m, 2h, 1h30m)");
            return 2;
        }
        long millis = parse(arg);
        if (millis < 0) {
            io.eprintln("sim: invalid duration '" + arg + "' (use e.g. 30s, 5m, 2h, 1h30m)");
            return 2;
        }
        if (millis > Kernel.MAX_ADVANCE_MILLIS) {
            io.eprintln("sim: cannot advance more than 7 days at a time (asked for " + arg + ")");
            return 1;
        }
        Timeline timeline = world.timeline();
        long before = timeline.total();
        world.kernel().advance(millis);
        long fresh = timeline.total() - before;
        List<Timeline.Entry> entries = timeline.entries();
        int from = (int) Math.max(0, entries.size() - fresh);
        if (fresh > entries.size()) io.println("… " + (fresh - entries.size()) + " earlier events not shown");
        for (Timeline.Entry e : entries.subList(from, entries.size())) {
            Instant at = Kernel.EPOCH.plusMillis(e.at());
            io.println(TIME.format(at) + "  " + e.service() + "  " + e.message());
        }
        io.println("Simulated time is now " + TIME.format(world.kernel().instant()) + " (advanced " + human(millis) + ").");
        return 0;
    }

    /** Milliseconds in {@code 1h30m}-style text, or -1 when it is not one. */
    static long parse(String text) {
        Matcher m = DURATION.matcher(text);
        if (text.isEmpty() || !m.matches()) return -1;
        long total = 0;
        long[] unit = {86_400_000L, 3_600_000L, 60_000L, 1_000L};
        for (int i = 0; i < 4; i++) {
            String g = m.group(i + 1);
            if (g == null) continue;
            if (g.length() > 9) return Long.MAX_VALUE;
            total += Long.parseLong(g) * unit[i];
        }
        return total;
    }

    static String human(long millis) {
        Duration d = Duration.ofMillis(millis);
        StringBuilder sb = new StringBuilder();
        if (d.toDays() > 0) sb.append(d.toDays()).append('d');
        if (d.toHoursPart() > 0) sb.append(d.toHoursPart()).append('h');
        if (d.toMinutesPart() > 0) sb.append(d.toMinutesPart()).append('m');
        if (d.toSecondsPart() > 0 || sb.length() == 0) sb.append(d.toSecondsPart()).append('s');
        return sb.toString();
    }
}
