package dockyard.shell;

import dockyard.shell.aws.AwsCli;
import dockyard.shell.aws.Catalogue;
import dockyard.sim.Caller;

import java.util.Optional;

import java.util.Map;
import java.util.TreeMap;

/** Every command the sandbox shell knows, by name. */
final class CommandTable {
    private CommandTable() {
    }

    static Map<String, Command> all(Shell shell) {
        Map<String, Command> m = new TreeMap<>();
        Builtins.register(m);
        FileBuiltins.register(m);
        AwsCli aws = new AwsCli(Catalogue.shared(), true);
        m.put("aws", io -> aws.run(io, shell.world(), Optional.of(Caller.admin(Caller.DEFAULT_REGION)), new WorkspaceFiles(shell)));
        m.put("sim", new SimCli(shell.world()));
        m.put("sleep", SimCli.sleep(shell.world()));
        m.put("docker", new dockyard.shell.docker.DockerCli(shell.world()));
        return m;
    }
}
