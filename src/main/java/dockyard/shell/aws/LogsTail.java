package dockyard.shell.aws;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dockyard.shell.Io;
import dockyard.shell.Timestamps;
import dockyard.sim.Caller;
import dockyard.sim.World;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code aws logs tail GROUP [--since 10m] [--follow] [--format detailed|short] [--log-stream-names …]
 * [--log-stream-name-prefix P] [--filter-pattern F]}: the log events of a group, oldest first, as
 * {@code <timestamp> <stream> <message>}. {@code --follow} prints what is there now (simulated time does not
 * move by itself).
 */
final class LogsTail {
    private static final Pattern SINCE = Pattern.compile("(\\d+)([smhdw])");
    private final World world;
    private final AwsCli.Invocation inv;
    private final Io io;
    private final Optional<Caller> principal;

    LogsTail(World world, AwsCli.Invocation inv, Io io, Optional<Caller> principal) {
        this.world = world;
        this.inv = inv;
        this.io = io;
        this.principal = principal;
    }

    int run(List<String> args, Catalogue.Service logs) throws CliError {
        String group = null;
        String since = "10m";
        String format = "detailed";
        ObjectNode req = JsonNodeFactory.instance.objectNode();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            switch (a) {
                case "--follow", "--no-follow" -> {
                }
                case "--since" -> since = value(args, ++i, a);
                case "--format" -> format = value(args, ++i, a);
                case "--log-stream-name-prefix" -> req.put("logStreamNamePrefix", value(args, ++i, a));
                case "--filter-pattern" -> req.put("filterPattern", value(args, ++i, a));
                case "--log-stream-names" -> {
                    var names = req.putArray("logStreamNames");
                    while (i + 1 < args.size() && !args.get(i + 1).startsWith("--")) names.add(args.get(++i));
                }
                default -> {
                    if (a.startsWith("--") || group != null) throw Usage.unknownOptions(List.of(a),
                            List.of("--follow", "--since", "--format", "--log-stream-names", "--log-stream-name-prefix", "--filter-pattern"));
                    group = a;
                }
            }
        }
        if (group == null) throw Usage.error("the following arguments are required: group_name");
        long nowMs = world.kernel().instant().toEpochMilli();
        req.put("logGroupName", group);
        req.put("startTime", nowMs - sinceMillis(since));
        req.put("interleaved", true);
        JsonNode out = AwsCli.call(world, logs, "FilterLogEvents", req, AwsCli.caller(principal, inv.region()));
        for (JsonNode e : out.path("events")) {
            String ts = Timestamps.aws(e.path("timestamp").asLong() / 1000.0);
            String msg = e.path("message").asText();
            if (format.equals("short")) io.println(ts.substring(0, 19) + " " + msg);
            else io.println(ts + " " + e.path("logStreamName").asText() + " " + msg);
        }
        return 0;
    }

    private static String value(List<String> args, int i, String name) throws CliError {
        if (i >= args.size()) throw Usage.error("argument " + name + ": expected one argument");
        return args.get(i);
    }

    private static long sinceMillis(String since) throws CliError {
        Matcher m = SINCE.matcher(since);
        if (!m.matches()) throw CliError.usage("\nError parsing parameter '--since': invalid value " + since + "\n");
        long n = Long.parseLong(m.group(1));
        long unit = switch (m.group(2)) {
            case "s" -> 1000L;
            case "m" -> 60_000L;
            case "h" -> 3_600_000L;
            case "d" -> 86_400_000L;
            default -> 604_800_000L;
        };
        return n * unit;
    }
}
