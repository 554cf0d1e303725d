package dockyard.sim.docker;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The commands a container's {@code sh} script can run: shell built-ins and the small coreutils a base image has
 * ({@code echo printf sleep exit true false cat cd pwd export unset env printenv ls mkdir rm touch cp mv date
 * hostname whoami head tail wc grep test/[}) and {@code aws}, which goes to the {@link CommandInterpreter}.
 */
final class Builtins {
    /** What a command did: output, status, how long it sleeps (simulated ms) and whether it ends the script. */
    record Outcome(String out, String err, int status, long sleepMillis, boolean exit) {
        static Outcome ok(String out) { return new Outcome(out, "", 0, 0, false); }

        static Outcome status(int s) { return new Outcome("", "", s, 0, false); }

        static Outcome error(String err, int s) { return new Outcome("", err, s, 0, false); }
    }

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("EEE MMM ppd HH:mm:ss 'UTC' yyyy", Locale.ROOT);

    private Builtins() {
    }

    static Outcome run(List<String> argv, String stdin, ShellState st, UnaryOperator<String> capture) {
        String cmd = argv.get(0);
        if (cmd.equals("exec") && argv.size() > 1) return run(argv.subList(1, argv.size()), stdin, st, capture);
        List<String> args = argv.subList(1, argv.size());
        String name = cmd.contains("/") ? FsPath.baseName(cmd) : cmd;
        if (cmd.contains("/") && !st.fs.isFile(FsPath.resolve(st.cwd, cmd))) {
            return Outcome.error(st.shName() + ": " + cmd + ": not found\n", 127);
        }
        return switch (name) {
            case "echo" -> echo(args);
            case "printf" -> Outcome.ok(printf(args));
            case "sleep" -> sleep(args, st);
            case "exit" -> new Outcome("", "", args.isEmpty() ? st.status : parseInt(args.get(0), 2) & 255, 0, true);
            case "true", ":" -> Outcome.status(0);
            case "false" -> Outcome.status(1);
            case "cat" -> cat(args, stdin, st);
            case "cd" -> cd(args, st);
            case "pwd" -> Outcome.ok(st.cwd + "\n");
            case "export" -> export(args, st);
            case "unset" -> {
                args.forEach(st.vars::remove);
                yield Outcome.status(0);
            }
            case "env", "printenv" -> env(args, st);
            case "ls" -> FileCommands.ls(args, st);
            case "mkdir" -> FileCommands.mkdir(args, st);
            case "rm" -> FileCommands.rm(args, st);
            case "touch" -> {
                for (String a : args) {
                    String p = FsPath.resolve(st.cwd, a);
                    if (!st.fs.exists(p)) st.fs.write(p, "");
                }
                yield Outcome.status(0);
            }
            case "cp", "mv" -> FileCommands.copy(name, args, st);
            case "date" -> Outcome.ok(DATE.format(st.clock.get().atOffset(ZoneOffset.UTC)) + "\n");
            case "hostname" -> Outcome.ok(st.hostname + "\n");
            case "whoami" -> Outcome.ok(st.vars.getOrDefault("USER", "root") + "\n");
            case "head", "tail" -> headTail(name, args, stdin, st);
            case "wc" -> wc(args, stdin, st);
            case "grep" -> grep(args, stdin, st);
            case "test", "[" -> Outcome.status(Test.eval(name.equals("[") ? stripBracket(args) : args, st));
            case "aws" -> aws(argv, stdin, st);
            case "curl" -> present(cmd, st) ? Http.curl(args, st) : notFound(cmd, st);
            case "wget" -> present(cmd, st) ? Http.wget(args, st) : notFound(cmd, st);
            case "pip", "pip3" -> present(cmd, st) ? Packages.pip(args, st) : notFound(cmd, st);
            case "apt-get", "apt" -> present(cmd, st) ? Packages.aptGet(args, st) : notFound(cmd, st);
            case "apk" -> present(cmd, st) ? Packages.apk(args, st) : notFound(cmd, st);
            case "dnf", "yum", "microdnf" -> present(cmd, st) ? Packages.dnf(args, st) : notFound(cmd, st);
            case "npm" -> present(cmd, st) ? Packages.npm(args, st) : notFound(cmd, st);
            default -> st.hasExecutable(cmd) ? Outcome.status(0) : notFound(cmd, st);
        };
    }

    private static boolean present(String cmd, ShellState st) {
        return st.hasExecutable(cmd);
    }

    private static Outcome notFound(String cmd, ShellState st) {
        return Outcome.error(st.shName() + ": " + cmd + ": not found\n", 127);
    }

    private static Outcome echo(List<String> args) {
        boolean newline = true;
        int i = 0;
        while (i < args.size() && (args.get(i).equals("-n") || args.get(i).equals("-e") || args.get(i).equals("-ne"))) {
            if (args.get(i).contains("n")) newline = false;
            i++;
        }
        String text = String.join(" ", args.subList(i, args.size())).replace("\\n", "\n").replace("\\t", "\t");
        return Outcome.ok(text + (newline ? "\n" : ""));
    }

    private static String printf(List<String> args) {
        if (args.isEmpty()) return "";
        String fmt = args.get(0).replace("\\n", "\n").replace("\\t", "\t");
        StringBuilder b = new StringBuilder();
        int a = 1;
        for (int i = 0; i < fmt.length(); i++) {
            char c = fmt.charAt(i);
            if (c == '%' && i + 1 < fmt.length()) {
                char f = fmt.charAt(++i);
                if (f == '%') b.append('%');
                else b.append(a < args.size() ? args.get(a++) : (f == 'd' ? "0" : ""));
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    private static Outcome sleep(List<String> args, ShellState st) {
        if (args.isEmpty()) return Outcome.error("sleep: missing operand\n", 1);
        long total = 0;
        for (String a : args) {
            if (a.equals("infinity")) return new Outcome("", "", 0, Long.MAX_VALUE, false);
            double unit = switch (a.isEmpty() ? ' ' : a.charAt(a.length() - 1)) {
                case 's' -> 1;
                case 'm' -> 60;
                case 'h' -> 3600;
                case 'd' -> 86400;
                default -> 0;
            };
            String num = unit == 0 ? a : a.substring(0, a.length() - 1);
            try {
                total += (long) (Double.parseDouble(num) * 1000 * (unit == 0 ? 1 : unit));
            } catch (NumberFormatException e) {
                return Outcome.error("sleep: invalid time interval '" + a + "'\n", 1);
            }
        }
        return new Outcome("", "", 0, Math.max(1, total), false);
    }

    private static Outcome cat(List<String> args, String stdin, ShellState st) {
        if (args.isEmpty()) return Outcome.ok(stdin);
        StringBuilder out = new StringBuilder();
        StringBuilder err = new StringBuilder();
        for (String a : args) {
            if (a.equals("-")) {
                out.append(stdin);
                continue;
            }
            String p = FsPath.resolve(st.cwd, a);
            if (st.fs.isDirectory(p)) err.append("cat: ").append(a).append(": Is a directory\n");
            else if (!st.fs.exists(p)) err.append("cat: ").append(a).append(": No such file or directory\n");
            else out.append(st.fs.read(p).orElse(""));
        }
        return new Outcome(out.toString(), err.toString(), err.length() > 0 ? 1 : 0, 0, false);
    }

    private static Outcome cd(List<String> args, ShellState st) {
        String target = args.isEmpty() ? st.vars.getOrDefault("HOME", "/root") : args.get(0);
        String p = FsPath.resolve(st.cwd, target);
        if (!st.fs.isDirectory(p)) return Outcome.error(st.shName() + ": cd: can't cd to " + target + "\n", 2);
        st.cwd = p;
        return Outcome.status(0);
    }

    private static Outcome export(List<String> args, ShellState st) {
        for (String a : args) {
            int eq = a.indexOf('=');
            if (eq > 0) st.vars.put(a.substring(0, eq), a.substring(eq + 1));
        }
        return Outcome.status(0);
    }

    private static Outcome env(List<String> args, ShellState st) {
        if (!args.isEmpty()) {
            String v = st.vars.get(args.get(0));
            return v == null ? Outcome.status(1) : Outcome.ok(v + "\n");
        }
        StringBuilder b = new StringBuilder();
        for (Map.Entry<String, String> e : st.vars.entrySet()) b.append(e.getKey()).append('=').append(e.getValue()).append('\n');
        return Outcome.ok(b.toString());
    }

    private static Outcome headTail(String name, List<String> args, String stdin, ShellState st) {
        int n = 10;
        String file = null;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("-n") && i + 1 < args.size()) n = parseInt(args.get(++i), 10);
            else if (a.startsWith("-") && a.length() > 1) n = parseInt(a.substring(1), 10);
            else file = a;
        }
        String text = stdin;
        if (file != null) {
            String p = FsPath.resolve(st.cwd, file);
            if (!st.fs.isFile(p)) return Outcome.error(name + ": cannot open '" + file + "' for reading: No such file or directory\n", 1);
            text = st.fs.read(p).orElse("");
        }
        List<String> lines = text.isEmpty() ? List.of() : List.of(text.split("\n", -1));
        if (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) lines = lines.subList(0, lines.size() - 1);
        List<String> pick = name.equals("head") ? lines.subList(0, Math.min(n, lines.size()))
                : lines.subList(Math.max(0, lines.size() - n), lines.size());
        return Outcome.ok(pick.isEmpty() ? "" : String.join("\n", pick) + "\n");
    }

    private static Outcome wc(List<String> args, String stdin, ShellState st) {
        String file = args.stream().filter(a -> !a.startsWith("-")).findFirst().orElse(null);
        String text = file == null ? stdin : st.fs.read(FsPath.resolve(st.cwd, file)).orElse("");
        long lines = text.chars().filter(c -> c == '\n').count();
        if (args.contains("-l")) return Outcome.ok(lines + (file == null ? "" : " " + file) + "\n");
        if (args.contains("-c")) return Outcome.ok(text.length() + (file == null ? "" : " " + file) + "\n");
        long words = text.isBlank() ? 0 : text.trim().split("\\s+").length;
        return Outcome.ok(String.format("%7d %7d %7d%s%n", lines, words, text.length(), file == null ? "" : " " + file));
    }

    private static Outcome grep(List<String> args, String stdin, ShellState st) {
        List<String> ops = args.stream().filter(a -> !a.startsWith("-")).toList();
        if (ops.isEmpty()) return Outcome.error("Usage: grep [OPTION]... PATTERNS [FILE]...\n", 2);
        boolean ignoreCase = args.contains("-i");
        boolean invert = args.contains("-v");
        String pattern = ignoreCase ? ops.get(0).toLowerCase(Locale.ROOT) : ops.get(0);
        String text = ops.size() > 1 ? st.fs.read(FsPath.resolve(st.cwd, ops.get(1))).orElse("") : stdin;
        StringBuilder out = new StringBuilder();
        for (String line : text.split("\n")) {
            String l = ignoreCase ? line.toLowerCase(Locale.ROOT) : line;
            if (!line.isEmpty() && l.contains(pattern) != invert) out.append(line).append('\n');
        }
        return new Outcome(out.toString(), "", out.length() > 0 ? 0 : 1, 0, false);
    }

    private static Outcome aws(List<String> argv, String stdin, ShellState st) {
        if (!st.hasExecutable("aws")) return Outcome.error(st.shName() + ": aws: not found\n", 127);
        StringBuilder line = new StringBuilder("aws");
        for (String a : argv.subList(1, argv.size())) {
            if (line.length() > 0) line.append(' ');
            line.append(quote(a));
        }
        ExecEnv env = new ExecEnv(st.fs, st.cwd, st.vars, st.credentials, st.region, stdin);
        ExecResult r = st.interpreter.run(line.toString(), env);
        return new Outcome(r.stdout(), r.stderr(), r.exitCode(), 0, false);
    }

    /** Quotes a word for the interpreter's command line when it needs it. */
    static String quote(String a) {
        if (!a.isEmpty() && a.chars().allMatch(c -> Character.isLetterOrDigit(c) || "-_./:=,@+%".indexOf(c) >= 0)) return a;
        return "'" + a.replace("'", "'\\''") + "'";
    }

    private static List<String> stripBracket(List<String> args) {
        if (!args.isEmpty() && args.get(args.size() - 1).equals("]")) return args.subList(0, args.size() - 1);
        return args;
    }

    static int parseInt(String s, int fallback) {
        try {
            return Integer.parseInt(s.trim());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
