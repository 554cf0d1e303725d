package dockyard.shell.docker;

import dockyard.sim.docker.FsPath;
import dockyard.shell.Command;
import dockyard.shell.Io;
import dockyard.sim.World;
import dockyard.sim.docker.DockerException;
import dockyard.sim.docker.DockerResult;
import dockyard.sim.docker.Filesystem;
import dockyard.sim.docker.LocalDocker;
import dockyard.sim.docker.RunOptions;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code docker}: Docker's command-line syntax over the learner's simulated Docker daemon ({@link LocalDocker}).
 * Usage errors are Docker's ({@code "docker build" requires exactly 1 argument.}, exit 1;
 * {@code unknown shorthand flag: 'x' in -x}, exit 125); the daemon's own errors keep its message and code.
 */
public final class DockerCli implements Command {
    private record Spec(String usage, String description, int min, int max, boolean interspersed, String... flags) {
    }

    private static final Map<String, Spec> SPECS = java.util.Collections.unmodifiableMap(specs());

    private static Map<String, Spec> specs() {
        Map<String, Spec> specs = new LinkedHashMap<>();
        specs.put("build", new Spec("docker build [OPTIONS] PATH | URL | -", "Build an image from a Dockerfile", 1, 1, true,
                "t|tag=", "f|file=", "build-arg=", "q|quiet", "no-cache", "pull", "platform=", "progress=", "target=", "label="));
        specs.put("images", new Spec("docker images [OPTIONS] [REPOSITORY[:TAG]]", "List images", 0, 1, true, "a|all", "q|quiet",
                "format="));
        specs.put("tag", new Spec("docker tag SOURCE_IMAGE[:TAG] TARGET_IMAGE[:TAG]",
                "Create a tag TARGET_IMAGE that refers to SOURCE_IMAGE", 2, 2, true));
        specs.put("push", new Spec("docker push [OPTIONS] NAME[:TAG]", "Upload an image to a registry", 1, 1, true, "q|quiet"));
        specs.put("pull", new Spec("docker pull [OPTIONS] NAME[:TAG|@DIGEST]", "Download an image from a registry", 1, 1, true,
                "q|quiet", "platform="));
        specs.put("run", new Spec("docker run [OPTIONS] IMAGE [COMMAND] [ARG...]", "Create and run a new container from an image",
                1, -1, false, "d|detach", "rm", "p|publish=", "e|env=", "name=", "v|volume=", "entrypoint=", "w|workdir=",
                "m|memory=", "i|interactive", "t|tty", "platform="));
        specs.put("ps", new Spec("docker ps [OPTIONS]", "List containers", 0, 0, true, "a|all", "q|quiet",
                "format="));
        specs.put("logs", new Spec("docker logs [OPTIONS] CONTAINER", "Fetch the logs of a container", 1, 1, true, "f|follow",
                "t|timestamps", "n|tail="));
        specs.put("stop", new Spec("docker stop [OPTIONS] CONTAINER [CONTAINER...]", "Stop one or more running containers",
                1, -1, true, "t|time=", "timeout="));
        specs.put("rm", new Spec("docker rm [OPTIONS] CONTAINER [CONTAINER...]", "Remove one or more containers", 1, -1, true, "f|force"));
        specs.put("rmi", new Spec("docker rmi [OPTIONS] IMAGE [IMAGE...]", "Remove one or more images", 1, -1, true, "f|force"));
        specs.put("history", new Spec("docker history [OPTIONS] IMAGE", "Show the history of an image", 1, 1, true, "H|human", "no-trunc", "q|quiet",
                "format="));
        specs.put("login", new Spec("docker login [OPTIONS] [SERVER]", "Authenticate to a registry", 0, 1, true,
                "u|username=", "p|password=", "password-stdin"));
        specs.put("logout", new Spec("docker logout [SERVER]", "Log out from a registry", 0, 1, true));
        specs.put("inspect", new Spec("docker inspect [OPTIONS] NAME|ID [NAME|ID...]", "Return low-level information on Docker objects",
                1, -1, true, "f|format=", "s|size", "type="));
        specs.put("version", new Spec("docker version [OPTIONS]", "Show the Docker version information", 0, 0, true, "f|format="));
        return specs;
    }

    private final World world;

    public DockerCli(World world) {
        this.world = world;
    }

    @Override
    public int run(Io io) {
        List<String> a = io.args().subList(1, io.args().size());
        if (a.isEmpty() || a.get(0).equals("--help") || a.get(0).equals("help")) {
            io.out().write(Help.top(SPECS.keySet()));
            return a.isEmpty() ? 0 : 0;
        }
        if (a.get(0).equals("--version") || a.get(0).equals("-v")) {
            io.println("Docker version 27.5.1, build 9f9e405");
            return 0;
        }
        String cmd = a.get(0);
        List<String> rest = a.subList(1, a.size());
        String objectType = null;
        if ((cmd.equals("image") || cmd.equals("container")) && !rest.isEmpty()) {
            String sub = rest.get(0);
            if (sub.equals("inspect")) objectType = cmd;
            cmd = switch (cmd + " " + sub) {
                case "image ls", "image list" -> "images";
                case "container ls", "container list" -> "ps";
                case "image build", "image push", "image pull", "image tag", "image history", "image inspect", "container run",
                     "container stop", "container rm", "container logs", "container inspect" -> sub;
                case "image rm" -> "rmi";
                default -> cmd + " " + sub;
            };
            rest = rest.subList(1, rest.size());
        }
        Spec spec = SPECS.get(cmd);
        if (spec == null) {
            io.eprintln("docker: '" + cmd + "' is not a docker command.");
            io.eprintln("See 'docker --help'");
            return 1;
        }
        Flags f;
        try {
            f = new Flags(spec.interspersed(), spec.flags()).parse(rest);
        } catch (Flags.Error e) {
            io.eprintln(e.getMessage());
            io.eprintln("See 'docker " + cmd + " --help'.");
            return 125;
        }
        if (f.has("help")) {
            io.out().write(Help.command(cmd, spec.usage(), spec.description(), spec.flags()));
            return 0;
        }
        String countError = argCount(cmd, spec, f.args.size());
        if (countError != null) {
            io.eprintln(countError);
            io.eprintln("See 'docker " + cmd + " --help'.");
            io.eprintln("");
            io.eprintln("Usage:  " + spec.usage());
            io.eprintln("");
            io.eprintln(spec.description());
            return 1;
        }
        Integer formatted = formatted(io, cmd, f, objectType);
        if (formatted != null) return formatted;
        try {
            DockerResult r = new Subcommands(world, io).run(cmd, f);
            if (cmd.equals("build") && f.has("quiet")) r = quietBuild(r);
            return print(io, r, cmd.equals("run"));
        } catch (DockerException e) {
            io.eprintln(e.getMessage());
            return e.exitCode();
        }
    }

    /** The exit code when {@code --format} (or an object type) decides the output, or null for the plain listing. */
    private Integer formatted(Io io, String cmd, Flags f, String objectType) {
        String format = f.value("format");
        boolean custom = format != null && !format.isEmpty();
        switch (cmd) {
            case "inspect" -> {
                String type = objectType != null ? objectType : f.value("type");
                if (type != null && !type.equals("container") && !type.equals("image")) {
                    io.eprintln("\"" + type + "\" is not a valid value for --type");
                    return 1;
                }
                if (custom && !format.equals("json")) return Formatted.inspect(io, world.docker(), f.args, format, type);
                return print(io, world.docker().inspect(f.args, type), false);
            }
            case "history" -> {
                if (!custom && !f.has("quiet")) return null;
                int exit = Formatted.history(io, world.docker(), f.args.get(0), f.has("no-trunc"), custom ? format : "{{.ID}}");
                return exit < 0 ? null : exit;
            }
            case "ps", "images" -> {
                boolean filtered = cmd.equals("images") && !f.args.isEmpty();
                if (!custom && !f.has("quiet") && !filtered) return null;
                if (!custom && !f.has("quiet")) return Formatted.images(io, world.docker(), "table", f.args.get(0));
                if (!custom) {
                    format = "{{.ID}}";
                } else if (f.has("quiet")) {
                    io.eprintln("WARNING: Ignoring custom format, because both --format and --quiet are set.");
                    format = "{{.ID}}";
                }
                return cmd.equals("ps") ? Formatted.ps(io, world.docker(), f.has("all"), format)
                        : Formatted.images(io, world.docker(), format, f.args.isEmpty() ? null : f.args.get(0));
            }
            default -> {
                return null;
            }
        }
    }

    private static String argCount(String cmd, Spec s, int n) {
        String q = "\"docker " + cmd + "\"";
        if (s.min() == s.max() && n != s.min()) {
            if (s.min() == 0) return q + " accepts no arguments.";
            return q + " requires exactly " + s.min() + " argument" + (s.min() == 1 ? "" : "s") + ".";
        }
        if (n < s.min()) return q + " requires at least " + s.min() + " argument" + (s.min() == 1 ? "" : "s") + ".";
        if (s.max() >= 0 && n > s.max()) return q + " requires at most " + s.max() + " argument" + (s.max() == 1 ? "" : "s") + ".";
        return null;
    }

    /** {@code docker build -q} prints only the new image's ID (or the failure). */
    private static DockerResult quietBuild(DockerResult r) {
        if (r.exitCode() != 0) {
            return new DockerResult(List.of(), r.err().isEmpty() ? List.of() : List.of(r.err().get(r.err().size() - 1)), r.exitCode());
        }
        java.util.regex.Pattern id = java.util.regex.Pattern.compile("writing image (sha256:[0-9a-f]{64})");
        for (String line : concat(r.out(), r.err())) {
            java.util.regex.Matcher m = id.matcher(line);
            if (m.find()) return new DockerResult(List.of(m.group(1)), List.of(), 0);
        }
        return r;
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new java.util.ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    /** {@code docker run} shows the pull's progress (standard error) before the container's output. */
    private static int print(Io io, DockerResult r, boolean errorsFirst) {
        if (errorsFirst) for (String line : r.err()) io.eprintln(line);
        for (String line : r.out()) io.println(line);
        if (!errorsFirst) for (String line : r.err()) io.eprintln(line);
        return r.exitCode();
    }

    /** Absolute workspace path of what the learner typed. */
    static String absolute(Io io, String path) {
        return FsPath.resolve(io.shell().cwd(), path);
    }

    static RunOptions runOptions(Io io, Flags f) {
        List<String> command = f.args.subList(1, f.args.size());
        return new RunOptions(f.args.get(0), f.value("name"), f.has("detach"), f.has("rm"), f.all("env"), f.all("publish"),
                f.all("volume"), f.value("entrypoint"), command.isEmpty() ? null : List.copyOf(command), f.value("workdir"),
                f.value("memory"), io.shell().cwd());
    }
}
