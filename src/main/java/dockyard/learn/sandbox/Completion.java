package dockyard.learn.sandbox;

import dockyard.shell.Shell;
import dockyard.shell.aws.Catalogue;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Tab completion from the shell's own catalogue: command names, {@code aws} services, operations and their
 * {@code --parameters}, {@code docker} and {@code sim} subcommands. Completes the last word of the last line.
 */
final class Completion {
    static final int MAX = 50;
    private static final List<String> DOCKER = List.of("build", "history", "image", "images", "inspect", "login", "logout",
            "logs", "ps", "pull", "push", "rm", "rmi", "run", "stop", "tag", "container");
    private static final List<String> SIM = List.of("advance", "help", "status", "time");

    private Completion() {
    }

    static List<String> candidates(Shell shell, String input) {
        String line = input == null ? "" : input;
        int nl = line.lastIndexOf('\n');
        if (nl >= 0) line = line.substring(nl + 1);
        int pipe = Math.max(line.lastIndexOf('|'), Math.max(line.lastIndexOf(';'), line.lastIndexOf('&')));
        if (pipe >= 0) line = line.substring(pipe + 1);
        List<String> words = new ArrayList<>(List.of(line.stripLeading().split("\\s+", -1)));
        if (words.size() == 1 && words.get(0).isEmpty()) return List.of();
        String prefix = words.remove(words.size() - 1);
        Collection<String> pool = pool(shell, words, prefix);
        List<String> out = new ArrayList<>();
        for (String c : pool) {
            if (c.startsWith(prefix) && out.size() < MAX) out.add(c);
        }
        return out;
    }

    private static Collection<String> pool(Shell shell, List<String> words, String prefix) {
        if (words.isEmpty()) return shell.commandNames();
        String cmd = words.get(0);
        if (cmd.equals("docker") && words.size() == 1) return DOCKER;
        if (cmd.equals("sim") && words.size() == 1) return SIM;
        if (!cmd.equals("aws")) return List.of();
        Set<String> engines = shell.world().services().keySet();
        Catalogue catalogue = Catalogue.shared();
        if (words.size() == 1) {
            TreeSet<String> services = new TreeSet<>();
            catalogue.services().values().forEach(s -> {
                if (engines.contains(s.engineName())) services.add(s.cliName());
            });
            return services;
        }
        Catalogue.Service service = catalogue.service(words.get(1));
        if (service == null || !engines.contains(service.engineName())) return List.of();
        Set<String> offered = shell.world().services().get(service.engineName()).operations();
        if (words.size() == 2) {
            TreeSet<String> ops = new TreeSet<>();
            service.operations().values().forEach(o -> {
                if (offered.contains(o.apiName())) ops.add(o.cliName());
            });
            return ops;
        }
        Catalogue.Operation op = service.operations().get(words.get(2));
        if (op == null || !prefix.startsWith("-")) return List.of();
        TreeSet<String> params = new TreeSet<>(op.params().keySet());
        params.addAll(List.of("--output", "--query", "--region", "--cli-input-json"));
        params.removeIf(p -> words.contains(p));
        return params;
    }
}
