package dockyard.shell.docker;

import java.util.Set;

/** {@code docker --help}: the commands the sandbox's Docker understands. */
final class Help {
    private Help() {
    }

    static String top(Set<String> commands) {
        return "\nUsage:  docker [OPTIONS] COMMAND\n\nA self-sufficient runtime for containers\n\nCommands:\n  "
                + String.join("\n  ", commands) + "\n\nRun 'docker COMMAND --help' for more information on a command.\n";
    }
}
