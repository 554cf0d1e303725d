package dockyard.shell.docker;

import dockyard.shell.Io;
import dockyard.sim.World;
import dockyard.sim.docker.DockerException;
import dockyard.sim.docker.DockerResult;
import dockyard.sim.docker.LocalDocker;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Each docker subcommand's arguments turned into one {@link LocalDocker} call. */
final class Subcommands {
    private final World world;
    private final Io io;

    Subcommands(World world, Io io) {
        this.world = world;
        this.io = io;
    }

    DockerResult run(String cmd, Flags f) {
        LocalDocker d = world.docker();
        List<String> args = f.args;
        return switch (cmd) {
            case "build" -> {
                Map<String, String> buildArgs = new LinkedHashMap<>();
                for (String b : f.all("build-arg")) {
                    int eq = b.indexOf('=');
                    if (eq < 0) {
                        String v = io.env().get(b);
                        if (v != null) buildArgs.put(b, v);
                    } else {
                        buildArgs.put(b.substring(0, eq), b.substring(eq + 1));
                    }
                }
                String file = f.value("file");
                yield d.build(DockerCli.absolute(io, args.get(0)), file == null ? null : DockerCli.absolute(io, file), f.all("tag"), buildArgs);
            }
            case "images" -> d.images();
            case "tag" -> d.tag(args.get(0), args.get(1));
            case "push" -> d.push(args.get(0));
            case "pull" -> d.pull(args.get(0));
            case "run" -> d.run(DockerCli.runOptions(io, f));
            case "ps" -> d.ps(f.has("all"));
            case "logs" -> d.logs(args.get(0));
            case "stop" -> d.stop(args, timeout(f));
            case "rm" -> d.rm(args, f.has("force"));
            case "rmi" -> d.rmi(args, f.has("force"));
            case "history" -> d.history(args.get(0));
            case "inspect" -> d.inspect(args);
            case "login" -> login(d, f);
            case "logout" -> d.logout(args.isEmpty() ? null : args.get(0));
            default -> version();
        };
    }

    private static int timeout(Flags f) {
        String t = f.value("time") != null ? f.value("time") : f.value("timeout");
        if (t == null) return 10;
        try {
            return Integer.parseInt(t);
        } catch (NumberFormatException e) {
            throw new DockerException("invalid argument \"" + t + "\" for \"-t, --time\" flag: strconv.ParseInt: parsing \"" + t
                    + "\": invalid syntax\nSee 'docker stop --help'.", 125);
        }
    }

    private DockerResult login(LocalDocker d, Flags f) {
        String user = f.value("username");
        String password = f.value("password");
        boolean fromStdin = f.has("password-stdin");
        if (password != null && fromStdin) throw new DockerException("--password and --password-stdin are mutually exclusive", 1);
        if (fromStdin) {
            if (user == null) throw new DockerException("Must provide --username with --password-stdin", 1);
            password = io.stdin().replaceAll("[\r\n]+$", "");
        } else if (password != null) {
            io.eprintln("WARNING! Using --password via the CLI is insecure. Use --password-stdin.");
        }
        if (user == null || password == null) {
            throw new DockerException("Error: Cannot perform an interactive login from a non TTY device", 1);
        }
        return d.login(f.args.isEmpty() ? null : f.args.get(0), user, password);
    }

    private DockerResult version() {
        return DockerResult.ok(List.of("Client:", " Version:           27.5.1", " API version:       1.47", " Go version:        go1.22.11",
                " OS/Arch:           linux/amd64", "", "Server: Docker Engine - Community (Dockyard simulation)", " Engine:",
                "  Version:          27.5.1", "  API version:      1.47 (minimum version 1.24)", "  OS/Arch:          linux/amd64"));
    }
}
