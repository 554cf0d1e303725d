package dockyard.shell;

import dockyard.sim.docker.FsPath;
import dockyard.shell.aws.AwsCli;
import dockyard.shell.aws.Catalogue;
import dockyard.shell.aws.LocalFiles;
import dockyard.shell.parse.Ast;
import dockyard.shell.parse.ParseException;
import dockyard.shell.parse.Parser;
import dockyard.sim.World;
import dockyard.sim.docker.CommandInterpreter;
import dockyard.sim.docker.ExecEnv;
import dockyard.sim.docker.ExecResult;
import dockyard.sim.docker.Filesystem;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Runs {@code aws …} inside a container for the simulator: as the container's credentials (task role, instance
 * role, or none, which exits 253), in its region, reading and writing its own file system. Anything else is not
 * installed in the container ({@code sh: 1: curl: not found}, exit 127). Never moves simulated time.
 */
public final class ContainerCommands implements CommandInterpreter {
    private final World world;
    private final AwsCli aws = new AwsCli(Catalogue.shared(), false);

    public ContainerCommands(World world) {
        this.world = world;
    }

    @Override
    public ExecResult run(String commandLine, ExecEnv env) {
        List<String> words;
        try {
            words = words(commandLine, env.environment());
        } catch (ParseException e) {
            return new ExecResult("", "sh: 1: " + e.getMessage().replaceFirst("^bash: ", "") + "\n", 2);
        }
        if (words.isEmpty()) return new ExecResult("", "", 0);
        if (!words.get(0).equals("aws")) return new ExecResult("", "sh: 1: " + words.get(0) + ": not found\n", 127);
        Sink.Buffer out = new Sink.Buffer();
        Sink.Buffer err = new Sink.Buffer();
        Map<String, String> vars = new TreeMap<>(env.environment());
        vars.putIfAbsent("AWS_REGION", env.region());
        Io io = new Io(List.copyOf(words), env.stdin(), out, err, vars, null);
        int exit = aws.run(io, world, Optional.ofNullable(env.credentials()), files(env));
        return new ExecResult(out.text(), err.text(), exit);
    }

    private static LocalFiles files(ExecEnv env) {
        Filesystem fs = env.filesystem();
        return new LocalFiles() {
            @Override
            public Optional<String> read(String path) {
                String abs = FsPath.resolve(env.cwd(), path);
                return fs.isDirectory(abs) ? Optional.empty() : fs.read(abs);
            }

            @Override
            public void write(String path, String text) {
                fs.write(FsPath.resolve(env.cwd(), path), text);
            }
        };
    }

    /** The words of one simple command, quotes removed and variables taken from the container's environment. */
    private static List<String> words(String line, Map<String, String> env) throws ParseException {
        Ast.Script s = Parser.parse(line);
        List<String> out = new ArrayList<>();
        if (s.items().isEmpty()) return out;
        for (Ast.Word w : s.items().get(0).pipelines().get(0).commands().get(0).words()) {
            StringBuilder sb = new StringBuilder();
            for (Ast.Part p : w.parts()) {
                if (p instanceof Ast.Lit l) sb.append(l.text());
                else if (p instanceof Ast.Var v) sb.append(env.getOrDefault(v.name(), ""));
            }
            out.add(sb.toString());
        }
        return out;
    }
}
