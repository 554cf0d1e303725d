package dockyard.shell.docker;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** {@code docker --help} and {@code docker COMMAND --help}: the commands and flags the sandbox's Docker understands. */
final class Help {
    /** Docker's own help lines for the flags whose output the learner shapes (docker/cli, keyed "command flag"). */
    private static final Map<String, String> DESCRIPTIONS = Map.ofEntries(
            Map.entry("ps all", "Show all containers (default shows just running)"),
            Map.entry("ps quiet", "Only display container IDs"),
            Map.entry("ps format", "Format output using a custom template: 'table', 'table TEMPLATE', 'json' or a Go template"),
            Map.entry("images all", "Show all images (default hides intermediate images)"),
            Map.entry("images quiet", "Only show image IDs"),
            Map.entry("images format", "Format output using a custom template: 'table', 'table TEMPLATE', 'json' or a Go template"),
            Map.entry("history format", "Format output using a custom template: 'table', 'table TEMPLATE', 'json' or a Go template"),
            Map.entry("history quiet", "Only show image IDs"),
            Map.entry("history no-trunc", "Don't truncate output"),
            Map.entry("inspect format", "Format output using a custom template: 'json' or a Go template"),
            Map.entry("inspect size", "Display total file sizes if the type is container"),
            Map.entry("inspect type", "Only inspect objects of the given type (container or image)"));

    private Help() {
    }

    static String top(Set<String> commands) {
        return "\nUsage:  docker [OPTIONS] COMMAND\n\nA self-sufficient runtime for containers\n\nCommands:\n  "
                + String.join("\n  ", commands) + "\n\nRun 'docker COMMAND --help' for more information on a command.\n";
    }

    /** One command's help: usage, description and its flags as {@code -f, --format string}. */
    static String command(String cmd, String usage, String description, String... flags) {
        StringBuilder b = new StringBuilder("\nUsage:  " + usage + "\n\n" + description + "\n");
        if (flags.length == 0) return b.toString();
        List<String[]> rows = new ArrayList<>();
        for (String f : flags) {
            boolean value = f.endsWith("=");
            String[] names = (value ? f.substring(0, f.length() - 1) : f).split("\\|");
            String name = names[names.length - 1];
            String left = (names.length > 1 ? "-" + names[0] + ", " : "    ") + "--" + name + (value ? " string" : "");
            rows.add(new String[]{left, DESCRIPTIONS.getOrDefault(cmd + " " + name, "")});
        }
        int width = rows.stream().mapToInt(r -> r[0].length()).max().orElse(0) + 3;
        b.append("\nOptions:\n");
        for (String[] r : rows) b.append(("  " + r[0] + " ".repeat(width - r[0].length()) + r[1]).stripTrailing()).append('\n');
        return b.toString();
    }
}
