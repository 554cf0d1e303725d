package dockyard.sim.docker;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises what a container does from its process (ENTRYPOINT + CMD), its environment and its files. The rules
 * are written down for content authors in {@code docs/container-behaviours.md}.
 */
final class Behaviours {
    private static final Set<String> WRAPPERS = Set.of("docker-entrypoint.sh", "tini", "dumb-init");
    private static final Set<String> SHELLS = Set.of("sh", "bash", "ash", "dash");
    private static final Pattern PRINT = Pattern.compile("print\\(\\s*(?:f?\"([^\"]*)\"|f?'([^']*)')\\s*\\)");
    private static final Pattern CONSOLE = Pattern.compile("console\\.log\\(\\s*(?:\"([^\"]*)\"|'([^']*)'|`([^`]*)`)");
    private static final Pattern LISTEN = Pattern.compile("\\.listen\\(\\s*(?:(\\d+)|([A-Za-z_][\\w.]*))");
    private static final Pattern PORT_DEFAULT = Pattern.compile("(?:PORT|port)\\s*(?:\\|\\||\\?\\?|=)\\s*(\\d{2,5})");
    private static final Pattern PY_PORT = Pattern.compile("port\\s*=\\s*(\\d{2,5})");
    private static final Pattern PY_HOST = Pattern.compile("host\\s*=\\s*['\"]([^'\"]+)['\"]");
    private static final Pattern TUPLE_PORT = Pattern.compile("\\(\\s*['\"][^'\"]*['\"]\\s*,\\s*(\\d{2,5})\\s*\\)");

    private Behaviours() {
    }

    static Behaviour recognise(List<String> process, Filesystem fs, Map<String, String> env, String cwd, String ip) {
        List<String> argv = new ArrayList<>(process);
        boolean nginxEntrypoint = false;
        while (!argv.isEmpty() && WRAPPERS.contains(base(argv.get(0)))) {
            nginxEntrypoint |= argv.get(0).equals("/docker-entrypoint.sh");
            argv.remove(0);
            if (!argv.isEmpty() && argv.get(0).equals("--")) argv.remove(0);
        }
        if (argv.isEmpty()) {
            if (process.isEmpty()) throw new StartFailure("No command specified", 125);
            return new Behaviour.Batch(t -> List.of(), 0, 1);
        }
        String exe = argv.get(0);
        String name = base(exe);
        List<String> args = argv.subList(1, argv.size());
        if (!exists(exe, fs, env, cwd)) {
            throw new StartFailure("failed to create task for container: failed to create shim task: OCI runtime create failed: "
                    + "runc create failed: unable to start container process: error during container init: exec: \"" + exe
                    + "\": " + (exe.contains("/") ? "stat " + exe + ": no such file or directory" : "executable file not found in $PATH")
                    + ": unknown", 127);
        }
        if (SHELLS.contains(name)) return shell(name, args, fs, cwd);
        switch (name) {
            case "nginx" -> {
                // Without "daemon off;" nginx forks into the background and PID 1 exits at once.
                if (String.join(" ", args).replace(" ", "").contains("daemonoff;")) return Servers.nginx(nginxEntrypoint, env);
                return new Behaviour.Batch(t -> List.of(), 0, 8);
            }
            case "httpd-foreground" -> {
                return Servers.httpd(ip);
            }
            case "httpd" -> {
                return String.join("", args).contains("FOREGROUND") ? Servers.httpd(ip) : new Behaviour.Batch(t -> List.of(), 0, 10);
            }
            case "redis-server" -> {
                return Servers.redis(env);
            }
            case "postgres" -> {
                return Servers.postgres(env);
            }
            case "mysqld" -> {
                return Servers.mysql(env);
            }
            case "gunicorn" -> {
                String bind = option(args, "-b", "--bind", "127.0.0.1:8000");
                int colon = bind.lastIndexOf(':');
                return Servers.gunicorn(colon > 0 ? bind.substring(0, colon) : bind, colon > 0 ? Builtins.parseInt(bind.substring(colon + 1), 8000) : 8000);
            }
            case "uvicorn" -> {
                return Servers.uvicorn(option(args, null, "--host", "127.0.0.1"), Builtins.parseInt(option(args, null, "--port", "8000"), 8000));
            }
            case "flask" -> {
                return Servers.flask(env.getOrDefault("FLASK_APP", "app"), option(args, "-h", "--host", env.getOrDefault("FLASK_RUN_HOST", "127.0.0.1")),
                        Builtins.parseInt(option(args, "-p", "--port", env.getOrDefault("FLASK_RUN_PORT", "5000")), 5000), ip);
            }
            case "node", "nodejs" -> {
                return node(args, fs, cwd);
            }
            case "npm" -> {
                return npm(args, fs, env, cwd, ip);
            }
            default -> {
                if (name.startsWith("python")) return python(name, args, fs, env, cwd, ip);
                return new Behaviour.Script(ShScript.ofArgv(argv), 1);
            }
        }
    }

    private static Behaviour shell(String name, List<String> args, Filesystem fs, String cwd) {
        if (args.isEmpty()) return new Behaviour.Batch(t -> List.of(), 0, 1);
        if (args.get(0).equals("-c")) {
            if (args.size() < 2) {
                return new Behaviour.Batch(t -> List.of(name + ": -c: option requires an argument"), 2, 1);
            }
            try {
                return new Behaviour.Script(ShScript.parse(args.get(1)), 1);
            } catch (ShScript.SyntaxError e) {
                String msg = (fs.exists("/bin/busybox") ? "sh: " : "sh: 1: ") + e.getMessage();
                return new Behaviour.Batch(t -> List.of(msg), 2, 1);
            }
        }
        String file = FsPath.resolve(cwd, args.get(0));
        if (!fs.isFile(file)) {
            return new Behaviour.Batch(t -> List.of(name + ": 0: cannot open " + args.get(0) + ": No such file"), 2, 1);
        }
        return shell(name, List.of("-c", fs.read(file).orElse("")), fs, cwd);
    }

    private static Behaviour python(String name, List<String> args, Filesystem fs, Map<String, String> env, String cwd, String ip) {
        boolean unbuffered = !env.getOrDefault("PYTHONUNBUFFERED", "").isEmpty();
        int i = 0;
        while (i < args.size() && args.get(i).startsWith("-") && !args.get(i).equals("-m")) {
            unbuffered |= args.get(i).contains("u");
            i++;
        }
        if (i >= args.size()) return new Behaviour.Batch(t -> List.of(), 0, 20);
        if (args.get(i).equals("-m") && i + 1 < args.size()) {
            String module = args.get(i + 1);
            List<String> rest = args.subList(i + 2, args.size());
            if (module.equals("http.server")) {
                String bind = option(rest, "-b", "--bind", null);
                int port = rest.stream().filter(a -> a.matches("\\d+")).findFirst().map(a -> Builtins.parseInt(a, 8000)).orElse(8000);
                return Servers.pythonHttpServer(port, bind, unbuffered);
            }
            if (module.equals("flask") || module.equals("gunicorn") || module.equals("uvicorn")) {
                String py = env.getOrDefault("PYTHON_VERSION", "3.12").replaceAll("^(\\d+\\.\\d+).*", "$1");
                if (!fs.isDirectory("/usr/local/lib/python" + py + "/site-packages/" + module)) {
                    return new Behaviour.Batch(t -> List.of("/usr/local/bin/" + name + ": No module named " + module), 1, 20);
                }
                return recognise(prepend(module, rest), fs, env, cwd, ip);
            }
            return new Behaviour.Batch(t -> List.of("/usr/local/bin/" + name + ": No module named " + module), 1, 20);
        }
        String script = args.get(i);
        String path = FsPath.resolve(cwd, script);
        if (!fs.isFile(path)) {
            return new Behaviour.Batch(t -> List.of(name + ": can't open file '" + path + "': [Errno 2] No such file or directory"), 2, 20);
        }
        String src = fs.read(path).orElse("");
        if (src.contains("app.run(")) {
            Matcher h = PY_HOST.matcher(src);
            Matcher p = PY_PORT.matcher(src);
            String app = FsPath.baseName(path).replaceAll("\\.py$", "");
            return Servers.flask(app, h.find() ? h.group(1) : "127.0.0.1", p.find() ? Builtins.parseInt(p.group(1), 5000) : 5000, ip);
        }
        if (src.contains("uvicorn.run(")) {
            Matcher h = PY_HOST.matcher(src);
            Matcher p = PY_PORT.matcher(src);
            return Servers.uvicorn(h.find() ? h.group(1) : "127.0.0.1", p.find() ? Builtins.parseInt(p.group(1), 8000) : 8000);
        }
        if (src.contains("HTTPServer(") || src.contains("serve_forever")) {
            Matcher p = TUPLE_PORT.matcher(src);
            int port = p.find() ? Builtins.parseInt(p.group(1), 8000) : 8000;
            List<String> prints = literals(PRINT, src);
            boolean buffered = !unbuffered && !src.contains("flush=True");
            return new Behaviour.Server(t -> buffered ? List.of() : prints, 200, List.of(port), -1, t -> List.of(), 20);
        }
        List<String> prints = literals(PRINT, src);
        return new Behaviour.Batch(t -> prints, 0, 20);
    }

    private static Behaviour node(List<String> args, Filesystem fs, String cwd) {
        if (args.isEmpty()) return new Behaviour.Batch(t -> List.of(), 0, 45);
        String path = FsPath.resolve(cwd, args.get(0));
        if (!fs.isFile(path) && fs.isFile(path + ".js")) path = path + ".js";
        if (!fs.isFile(path)) {
            String p = path;
            return new Behaviour.Batch(t -> List.of("node:internal/modules/cjs/loader:1228", "  throw err;", "  ^", "",
                    "Error: Cannot find module '" + p + "'", "    at Module._resolveFilename (node:internal/modules/cjs/loader:1225:15)",
                    "    at node:internal/main/run_main_module:28:49 {", "  code: 'MODULE_NOT_FOUND',", "  requireStack: []", "}", "",
                    "Node.js v22.14.0"), 1, 45);
        }
        String src = fs.read(path).orElse("");
        Matcher l = LISTEN.matcher(src);
        if (l.find()) {
            int port = l.group(1) != null ? Builtins.parseInt(l.group(1), 3000) : 0;
            if (port == 0) {
                Matcher d = PORT_DEFAULT.matcher(src);
                port = d.find() ? Builtins.parseInt(d.group(1), 3000) : 3000;
            }
            int finalPort = port;
            List<String> lines = new ArrayList<>();
            for (String s : literals(CONSOLE, src)) {
                lines.add(s.replaceAll("\\$\\{[^}]*(?i:port)[^}]*}", String.valueOf(finalPort)));
            }
            boolean handles = src.contains("'SIGTERM'") || src.contains("\"SIGTERM\"");
            return Servers.node(lines, port, handles);
        }
        List<String> lines = literals(CONSOLE, src);
        return new Behaviour.Batch(t -> lines, 0, 45);
    }

    private static Behaviour npm(List<String> args, Filesystem fs, Map<String, String> env, String cwd, String ip) {
        String script = args.isEmpty() ? "" : args.get(0).equals("run") && args.size() > 1 ? args.get(1) : args.get(0);
        String pkgPath = FsPath.resolve(cwd, "package.json");
        if (!fs.isFile(pkgPath)) {
            return new Behaviour.Batch(t -> List.of("npm error code ENOENT", "npm error syscall open", "npm error path " + pkgPath,
                    "npm error errno -2", "npm error enoent Could not read package.json: Error: ENOENT: no such file or directory, open '" + pkgPath + "'"), 254, 45);
        }
        try {
            JsonNode pkg = new ObjectMapper().readTree(fs.read(pkgPath).orElse("{}"));
            String command = pkg.path("scripts").path(script).asText(script.equals("start") ? "node server.js" : "");
            if (command.isEmpty()) {
                return new Behaviour.Batch(t -> List.of("npm error Missing script: \"" + script + "\""), 1, 45);
            }
            Behaviour inner = recognise(List.of("sh", "-c", command), fs, env, cwd, ip);
            if (command.matches("node [\\w./-]+")) inner = recognise(List.of(command.split(" ")), fs, env, cwd, ip);
            return inner;
        } catch (java.io.IOException e) {
            return new Behaviour.Batch(t -> List.of("npm error code EJSONPARSE", "npm error JSON.parse Invalid package.json"), 1, 45);
        }
    }

    private static List<String> literals(Pattern p, String src) {
        List<String> out = new ArrayList<>();
        Matcher m = p.matcher(src);
        while (m.find()) {
            for (int g = 1; g <= m.groupCount(); g++) {
                if (m.group(g) != null) {
                    out.add(m.group(g));
                    break;
                }
            }
        }
        return out;
    }

    private static String option(List<String> args, String shortName, String longName, String fallback) {
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if ((a.equals(shortName) || a.equals(longName)) && i + 1 < args.size()) return args.get(i + 1);
            if (longName != null && a.startsWith(longName + "=")) return a.substring(longName.length() + 1);
        }
        return fallback;
    }

    private static List<String> prepend(String first, List<String> rest) {
        List<String> l = new ArrayList<>();
        l.add(first);
        l.addAll(rest);
        return l;
    }

    private static boolean exists(String exe, Filesystem fs, Map<String, String> env, String cwd) {
        if (exe.contains("/")) return fs.isFile(FsPath.resolve(cwd, exe));
        for (String dir : env.getOrDefault("PATH", ImageConfig.DEFAULT_PATH.substring(5)).split(":")) {
            if (!dir.isEmpty() && fs.isFile(dir + "/" + exe)) return true;
        }
        return false;
    }

    static String base(String path) {
        int i = path.lastIndexOf('/');
        return i < 0 ? path : path.substring(i + 1);
    }
}
