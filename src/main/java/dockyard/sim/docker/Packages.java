package dockyard.sim.docker;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Package managers in a {@code RUN} step or a container: {@code pip install}, {@code apt-get update/install},
 * {@code apk add}, {@code dnf/yum install}, {@code npm install/ci}. They put the packages' files in the file system,
 * so later steps find them: {@code awscli}/{@code aws-cli} installs the {@code aws} command, {@code gunicorn},
 * {@code uvicorn} and {@code flask} their commands, apt/apk/dnf packages a binary of the same name.
 */
final class Packages {
    private static final long PACKAGE_BYTES = 1_500_000;
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private Packages() {
    }

    static Builtins.Outcome pip(List<String> args, ShellState st) {
        if (args.isEmpty() || !args.get(0).equals("install")) return Builtins.Outcome.ok("");
        List<String> pkgs = new ArrayList<>();
        for (int i = 1; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("-r") || a.equals("--requirement")) {
                if (i + 1 >= args.size()) return Builtins.Outcome.error("ERROR: -r option requires 1 argument.\n", 2);
                String file = args.get(++i);
                String p = FsPath.resolve(st.cwd, file);
                if (!st.fs.isFile(p)) {
                    return Builtins.Outcome.error("ERROR: Could not open requirements file: [Errno 2] No such file or directory: '" + file + "'\n", 1);
                }
                for (String line : st.fs.read(p).orElse("").split("\n")) {
                    String l = line.replaceAll("#.*", "").strip();
                    if (!l.isEmpty() && !l.startsWith("-")) pkgs.add(l);
                }
            } else if (!a.startsWith("-")) {
                pkgs.add(a);
            }
        }
        String py = st.vars.getOrDefault("PYTHON_VERSION", "3.12").replaceAll("^(\\d+\\.\\d+).*", "$1");
        StringBuilder out = new StringBuilder();
        List<String> names = new ArrayList<>();
        for (String spec : pkgs) {
            String name = spec.split("[<>=!~\\[; ]")[0].toLowerCase();
            String version = spec.contains("==") ? spec.substring(spec.indexOf("==") + 2).strip() : "1.0.0";
            out.append("Collecting ").append(spec).append('\n');
            out.append("  Downloading ").append(name.replace('-', '_')).append('-').append(version).append("-py3-none-any.whl\n");
            st.fs.writeBinary("/usr/local/lib/python" + py + "/site-packages/" + name.replace('-', '_') + "/__init__.py", PACKAGE_BYTES);
            String bin = switch (name) {
                case "awscli" -> "aws";
                case "gunicorn", "uvicorn", "flask" -> name;
                default -> null;
            };
            if (bin != null) st.fs.writeBinary("/usr/local/bin/" + bin, 4_096);
            names.add(name + "-" + version);
        }
        if (!names.isEmpty()) {
            out.append("Installing collected packages: ").append(String.join(", ", names.stream().map(n -> n.replaceAll("-[^-]*$", "")).toList())).append('\n');
            out.append("Successfully installed ").append(String.join(" ", names)).append('\n');
        }
        return Builtins.Outcome.ok(out.toString());
    }

    static Builtins.Outcome aptGet(List<String> args, ShellState st) {
        if (args.isEmpty()) return Builtins.Outcome.error("E: Invalid operation\n", 100);
        String codename = st.fs.read("/etc/os-release").orElse("").contains("Ubuntu") ? "noble" : "bookworm";
        String mirror = codename.equals("noble") ? "http://archive.ubuntu.com/ubuntu" : "http://deb.debian.org/debian";
        switch (args.get(0)) {
            case "update" -> {
                st.fs.write("/var/lib/apt/lists/" + codename + "_InRelease", "");
                return Builtins.Outcome.ok("Get:1 " + mirror + " " + codename + " InRelease [151 kB]\nGet:2 " + mirror + " " + codename
                        + "/main amd64 Packages [8792 kB]\nFetched 8943 kB in 1s (7012 kB/s)\nReading package lists...\n");
            }
            case "install" -> {
                List<String> pkgs = args.subList(1, args.size()).stream().filter(a -> !a.startsWith("-")).toList();
                boolean yes = args.stream().anyMatch(a -> a.equals("-y") || a.equals("--yes") || a.equals("-qy") || a.equals("-yq"));
                StringBuilder out = new StringBuilder("Reading package lists...\nBuilding dependency tree...\nReading state information...\n");
                if (st.fs.list("/var/lib/apt/lists").isEmpty()) {
                    return new Builtins.Outcome(out.toString(), "E: Unable to locate package " + (pkgs.isEmpty() ? "" : pkgs.get(0)) + "\n", 100, 0, false);
                }
                if (!yes) return new Builtins.Outcome(out + "Do you want to continue? [Y/n] Abort.\n", "", 1, 0, false);
                for (String p : pkgs) install(st, p, "/usr/bin/");
                out.append(pkgs.size()).append(" newly installed, 0 to remove and 0 not upgraded.\n");
                return Builtins.Outcome.ok(out.toString());
            }
            default -> {
                return Builtins.Outcome.ok("");
            }
        }
    }

    static Builtins.Outcome apk(List<String> args, ShellState st) {
        if (args.isEmpty() || !args.get(0).equals("add")) return Builtins.Outcome.ok("");
        List<String> pkgs = args.subList(1, args.size()).stream().filter(a -> !a.startsWith("-")).toList();
        StringBuilder out = new StringBuilder("fetch https://dl-cdn.alpinelinux.org/alpine/v3.21/main/x86_64/APKINDEX.tar.gz\n");
        int n = 1;
        for (String p : pkgs) {
            install(st, p, "/usr/bin/");
            out.append("(").append(n).append("/").append(pkgs.size()).append(") Installing ").append(p).append('\n');
            n++;
        }
        out.append("OK: ").append(12 + pkgs.size() * 2).append(" MiB in ").append(15 + pkgs.size()).append(" packages\n");
        return Builtins.Outcome.ok(out.toString());
    }

    static Builtins.Outcome dnf(List<String> args, ShellState st) {
        if (args.isEmpty() || !args.get(0).equals("install")) return Builtins.Outcome.ok(args.contains("clean") ? "" : "Complete!\n");
        boolean yes = args.contains("-y") || args.contains("--assumeyes");
        List<String> pkgs = args.subList(1, args.size()).stream().filter(a -> !a.startsWith("-")).toList();
        if (!yes) return new Builtins.Outcome("Is this ok [y/N]: Operation aborted.\n", "", 1, 0, false);
        for (String p : pkgs) install(st, p, "/usr/bin/");
        return Builtins.Outcome.ok("Installed:\n  " + String.join(" ", pkgs) + "\n\nComplete!\n");
    }

    static Builtins.Outcome npm(List<String> args, ShellState st) {
        if (args.isEmpty()) return Builtins.Outcome.ok("");
        String sub = args.get(0);
        if (!(sub.equals("install") || sub.equals("i") || sub.equals("ci"))) return Builtins.Outcome.ok("");
        String pkgPath = FsPath.resolve(st.cwd, "package.json");
        List<String> deps = new ArrayList<>(args.subList(1, args.size()).stream().filter(a -> !a.startsWith("-")).toList());
        if (sub.equals("ci") && !st.fs.isFile(FsPath.resolve(st.cwd, "package-lock.json"))) {
            return Builtins.Outcome.error("npm error code EUSAGE\nnpm error\nnpm error The `npm ci` command can only install with an existing package-lock.json or\n"
                    + "npm error npm-shrinkwrap.json with lockfileVersion >= 1. Run an install with npm@5 or\nnpm error later to generate a package-lock.json file, then try again.\n", 1);
        }
        if (deps.isEmpty()) {
            if (!st.fs.isFile(pkgPath)) {
                return Builtins.Outcome.error("npm error code ENOENT\nnpm error syscall open\nnpm error path " + pkgPath
                        + "\nnpm error errno -2\nnpm error enoent Could not read package.json: Error: ENOENT: no such file or directory, open '" + pkgPath + "'\n", 254);
            }
            try {
                JsonNode pkg = MAPPER.readTree(st.fs.read(pkgPath).orElse("{}"));
                for (String section : List.of("dependencies", "devDependencies")) {
                    if (section.equals("devDependencies") && args.contains("--omit=dev")) continue;
                    for (Iterator<Map.Entry<String, JsonNode>> it = pkg.path(section).fields(); it.hasNext(); ) deps.add(it.next().getKey());
                }
            } catch (java.io.IOException e) {
                return Builtins.Outcome.error("npm error code EJSONPARSE\nnpm error JSON.parse Invalid package.json: " + pkgPath + "\n", 1);
            }
        }
        for (String d : deps) {
            st.fs.write(FsPath.resolve(st.cwd, "node_modules/" + d + "/package.json"), "{\"name\":\"" + d + "\"}\n");
            st.fs.writeBinary(FsPath.resolve(st.cwd, "node_modules/" + d + "/index.js"), PACKAGE_BYTES);
        }
        int total = deps.size() * 8;
        return Builtins.Outcome.ok("\nadded " + total + " packages, and audited " + (total + 1) + " packages in 2s\n\nfound 0 vulnerabilities\n");
    }

    private static void install(ShellState st, String pkg, String binDir) {
        String name = pkg.replaceAll("[=<>].*", "");
        String bin = switch (name) {
            case "awscli", "aws-cli", "awscli2" -> "aws";
            case "python3-pip", "py3-pip" -> "pip3";
            case "nodejs" -> "node";
            default -> name;
        };
        st.fs.writeBinary(binDir + bin, PACKAGE_BYTES);
    }
}
