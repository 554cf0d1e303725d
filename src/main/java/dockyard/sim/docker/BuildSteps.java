package dockyard.sim.docker;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** One Dockerfile instruction applied to a {@link BuildStage}: a filesystem layer (RUN, COPY, ADD) or a config change. */
final class BuildSteps {
    private BuildSteps() {
    }

    static void apply(BuildRunner r, BuildStage s, Dockerfile.Instruction in) {
        String args = in.args();
        switch (in.keyword()) {
            case "RUN" -> run(r, s, in);
            case "COPY", "ADD" -> BuildCopy.copy(r, s, in);
            case "WORKDIR" -> {
                String dir = FsPath.resolve(s.workdir(), s.substitute(args));
                int n = r.out().step(s.label(r.multiStage()) + " WORKDIR " + dir);
                String key = Digests.sha256(s.chain + "\nWORKDIR " + dir);
                r.out().add(n, r.cached(key) != null ? "CACHED" : "DONE 0.0s");
                r.remember(key, new BuildStage.Step(s.fs, null));
                if (!s.fs.isDirectory(dir)) {
                    Filesystem layer = s.fs.overlay();
                    layer.mkdirs(dir);
                    s.fs = layer.freeze();
                }
                s.config = s.config.withWorkingDir(dir);
                meta(s, "WORKDIR " + dir, r);
            }
            case "ENV" -> {
                List<String[]> pairs = pairs(s.substitute(args));
                if (pairs == null) throw new BuildRunner.Failure("failed to solve: dockerfile parse error on line " + in.line() + ": ENV names can not be blank");
                StringBuilder b = new StringBuilder("ENV");
                for (String[] kv : pairs) {
                    s.config = s.config.withEnv(kv[0], kv[1]);
                    b.append(' ').append(kv[0]).append('=').append(kv[1]);
                }
                meta(s, b.toString(), r);
            }
            case "ARG" -> {
                BuildRunner.arg(s, args, r.buildArgs());
                meta(s, "ARG " + args, r);
            }
            case "LABEL" -> {
                List<String[]> pairs = pairs(s.substitute(args));
                if (pairs == null) throw new BuildRunner.Failure("failed to solve: dockerfile parse error on line " + in.line() + ": LABEL names can not be blank");
                for (String[] kv : pairs) s.config = s.config.withLabel(kv[0], kv[1]);
                meta(s, "LABEL " + args, r);
            }
            case "MAINTAINER" -> {
                s.config = s.config.withLabel("maintainer", args);
                meta(s, "MAINTAINER " + args, r);
            }
            case "EXPOSE" -> {
                for (String p : s.substitute(args).split("\\s+")) {
                    String port = p.contains("/") ? p.toLowerCase(Locale.ROOT) : p + "/tcp";
                    if (!port.matches("\\d{1,5}(-\\d{1,5})?/(tcp|udp|sctp)")) {
                        throw new BuildRunner.Failure("failed to solve: failed to process \"" + p + "\": invalid containerPort: " + p.replaceAll("/.*", ""));
                    }
                    s.config = s.config.withExposed(port);
                }
                meta(s, "EXPOSE map[" + String.join(" ", s.config.exposedPorts().stream().map(p -> p + ":{}").toList()) + "]", r);
            }
            case "USER" -> {
                s.config = s.config.withUser(s.substitute(args));
                meta(s, "USER " + s.config.user(), r);
            }
            case "STOPSIGNAL" -> {
                s.config = s.config.withStopSignal(s.substitute(args));
                meta(s, "STOPSIGNAL " + args, r);
            }
            case "CMD" -> {
                List<String> cmd = commandOf(in);
                s.config = s.config.withCmd(cmd);
                meta(s, "CMD " + json(cmd), r);
            }
            case "ENTRYPOINT" -> {
                List<String> ep = commandOf(in);
                s.config = s.config.withEntrypoint(ep);
                meta(s, "ENTRYPOINT " + json(ep), r);
            }
            case "HEALTHCHECK" -> {
                s.config = s.config.withHealthcheck(healthcheck(in));
                meta(s, "HEALTHCHECK " + args, r);
            }
            case "FROM" -> throw new IllegalStateException("FROM starts a stage");
            default -> meta(s, in.keyword() + " " + args, r);
        }
    }

    private static void meta(BuildStage s, String createdBy, BuildRunner r) {
        s.history.add(new Layer(null, 0, createdBy, r.now()));
        s.chain = Digests.sha256(s.chain + "\n" + createdBy);
    }

    private static List<String> commandOf(Dockerfile.Instruction in) {
        List<String> exec = in.execForm();
        return exec != null ? exec : List.of("/bin/sh", "-c", in.args());
    }

    private static List<String> healthcheck(Dockerfile.Instruction in) {
        String a = in.args().strip();
        if (a.equalsIgnoreCase("NONE")) return List.of("NONE");
        while (a.startsWith("--")) {
            int sp = a.indexOf(' ');
            if (sp < 0) break;
            a = a.substring(sp + 1).strip();
        }
        if (!a.toUpperCase(Locale.ROOT).startsWith("CMD")) {
            throw new BuildRunner.Failure("failed to solve: dockerfile parse error on line " + in.line() + ": Unknown type \""
                    + a.split("\\s+")[0].toUpperCase(Locale.ROOT) + "\" in HEALTHCHECK (try CMD)");
        }
        Dockerfile.Instruction cmd = new Dockerfile.Instruction("CMD", a.substring(3).strip(), in.line(), a);
        List<String> exec = cmd.execForm();
        List<String> test = new ArrayList<>();
        if (exec != null) {
            test.add("CMD");
            test.addAll(exec);
        } else {
            test.add("CMD-SHELL");
            test.add(cmd.args());
        }
        return test;
    }

    static String json(List<String> l) {
        StringBuilder b = new StringBuilder("[");
        for (int i = 0; i < l.size(); i++) {
            if (i > 0) b.append(',');
            b.append('"').append(l.get(i).replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
        }
        return b.append(']').toString();
    }

    /** {@code K=V K2="v 2"} or the legacy {@code K V} form; null when a name is blank. */
    static List<String[]> pairs(String s) {
        List<String[]> out = new ArrayList<>();
        String t = s.strip();
        int firstEq = t.indexOf('=');
        int firstSp = t.indexOf(' ');
        if (firstEq < 0 || (firstSp > 0 && firstSp < firstEq)) {
            if (firstSp < 0) return null;
            out.add(new String[]{t.substring(0, firstSp), BuildRunner.unquote(t.substring(firstSp + 1).strip())});
            return out;
        }
        int i = 0;
        while (i < t.length()) {
            while (i < t.length() && t.charAt(i) == ' ') i++;
            int eq = t.indexOf('=', i);
            if (eq < 0) break;
            String k = t.substring(i, eq);
            if (k.isBlank()) return null;
            StringBuilder v = new StringBuilder();
            int j = eq + 1;
            char quote = 0;
            while (j < t.length()) {
                char c = t.charAt(j);
                if (quote != 0) {
                    if (c == quote) quote = 0;
                    else if (c == '\\' && j + 1 < t.length()) v.append(t.charAt(++j));
                    else v.append(c);
                } else if (c == '"' || c == '\'') {
                    quote = c;
                } else if (c == ' ') {
                    break;
                } else if (c == '\\' && j + 1 < t.length()) {
                    v.append(t.charAt(++j));
                } else {
                    v.append(c);
                }
                j++;
            }
            out.add(new String[]{k, v.toString()});
            i = j;
        }
        return out;
    }

    private static void run(BuildRunner r, BuildStage s, Dockerfile.Instruction in) {
        List<String> exec = in.execForm();
        String shown = "RUN " + (exec != null ? json(exec) : in.args());
        String label = s.label(r.multiStage());
        int n = r.out().step(label + " " + shown);
        String key = Digests.sha256(s.chain + "\n" + shown + "\n" + s.runEnv());
        BuildStage.Step hit = r.cached(key);
        if (hit != null) {
            r.out().add(n, "CACHED");
            push(s, hit, key);
            return;
        }
        Filesystem layer = s.fs.overlay();
        ShellState st = new ShellState(layer, s.workdir(), s.runEnv(), null, dockyard.sim.Caller.DEFAULT_REGION,
                r.interpreter(), r::instant, "buildkitsandbox");
        st.argv0 = "/bin/sh";
        List<String> lines = new ArrayList<>();
        int code;
        try {
            ShScript script = exec != null ? ShScript.ofArgv(exec) : ShScript.parse(in.args());
            ScriptRun run = new ScriptRun(script, st, text -> {
                String t = text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
                lines.addAll(List.of(t.split("\n", -1)));
            });
            ScriptRun.Stop stop = run.resume();
            for (int i = 0; i < 100 && !stop.exited(); i++) stop = run.resume();
            code = stop.exited() ? stop.exitCode() : 0;
        } catch (ShScript.SyntaxError e) {
            lines.add("/bin/sh: 1: " + e.getMessage());
            code = 2;
        }
        double t = 0.1;
        for (String line : lines) {
            r.out().add(n, String.format(Locale.ROOT, "%.3f %s", t, line));
            t += 0.05;
        }
        String proc = exec != null ? json(exec) : "/bin/sh -c " + in.args();
        if (code != 0) {
            String why = "process \"" + proc + "\" did not complete successfully: exit code: " + code;
            r.out().add(n, "ERROR: " + why);
            r.out().line("------");
            r.out().line(" > " + label + " " + shown + ":");
            for (String line : lines.subList(Math.max(0, lines.size() - 10), lines.size())) r.out().line(line);
            r.out().line("------");
            throw new BuildRunner.Failure("failed to solve: " + why);
        }
        r.out().add(n, String.format(Locale.ROOT, "DONE %.1fs", t + lines.size() * 0.1));
        layer.freeze();
        BuildStage.Step step = new BuildStage.Step(layer, new Layer(Digests.sha256("layer\n" + key), layer.layerSize(),
                "RUN " + proc + " # buildkit", r.now()));
        r.remember(key, step);
        push(s, step, key);
    }

    static void push(BuildStage s, BuildStage.Step step, String key) {
        s.fs = step.fs();
        s.history.add(step.layer());
        s.chain = key;
    }
}
