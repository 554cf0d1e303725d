package dockyard.shell;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** Shell builtins and small utilities that do not touch files: echo, pwd, export, env, true, base64, grep, … */
final class Builtins {
    private Builtins() {
    }

    static void register(Map<String, Command> m) {
        m.put("echo", Builtins::echo);
        m.put("pwd", io -> {
            io.println(io.shell().cwd());
            return 0;
        });
        m.put("true", io -> 0);
        m.put("false", io -> 1);
        m.put(":", io -> 0);
        m.put("export", Builtins::export);
        m.put("unset", io -> {
            for (String n : io.args().subList(1, io.args().size())) io.shell().unset(n);
            return 0;
        });
        m.put("env", io -> {
            for (Map.Entry<String, String> e : io.env().entrySet()) io.println(e.getKey() + "=" + e.getValue());
            return 0;
        });
        m.put("printenv", io -> {
            if (io.args().size() == 1) {
                for (Map.Entry<String, String> e : io.env().entrySet()) io.println(e.getKey() + "=" + e.getValue());
                return 0;
            }
            String v = io.env().get(io.args().get(1));
            if (v == null) return 1;
            io.println(v);
            return 0;
        });
        m.put("clear", io -> {
            io.out().write("\u001b[H\u001b[2J");
            return 0;
        });
        m.put("help", Builtins::help);
        m.put("base64", Builtins::base64);
        m.put("grep", Builtins::grep);
    }

    private static int echo(Io io) {
        List<String> a = io.args();
        boolean newline = true;
        boolean escapes = false;
        int i = 1;
        while (i < a.size() && a.get(i).matches("-[neE]+")) {
            for (char c : a.get(i).substring(1).toCharArray()) {
                if (c == 'n') newline = false;
                else if (c == 'e') escapes = true;
                else escapes = false;
            }
            i++;
        }
        String text = String.join(" ", a.subList(i, a.size()));
        if (escapes) text = text.replace("\\n", "\n").replace("\\t", "\t").replace("\\\\", "\\");
        io.out().write(newline ? text + "\n" : text);
        return 0;
    }

    private static int export(Io io) {
        Shell sh = io.shell();
        if (io.args().size() == 1 || io.args().get(1).equals("-p")) {
            for (Map.Entry<String, String> e : sh.environment().entrySet()) {
                io.println("declare -x " + e.getKey() + "=\"" + e.getValue().replace("\\", "\\\\").replace("\"", "\\\"") + "\"");
            }
            return 0;
        }
        int exit = 0;
        for (String arg : io.args().subList(1, io.args().size())) {
            int eq = arg.indexOf('=');
            String name = eq < 0 ? arg : arg.substring(0, eq);
            if (!name.matches("[A-Za-z_][A-Za-z0-9_]*")) {
                io.eprintln("bash: export: `" + arg + "': not a valid identifier");
                exit = 1;
                continue;
            }
            if (eq >= 0) sh.setVariable(name, arg.substring(eq + 1));
            sh.export(name);
        }
        return exit;
    }

    private static int help(Io io) {
        io.println("Dockyard sandbox shell. Commands:");
        io.println("  aws <service> <operation> [--parameters]   the AWS CLI v2 (aws help, aws <service> help)");
        io.println("  docker <command>                          the Docker CLI (docker --help)");
        io.println("  sim advance DURATION | sim status          move simulated time (sim help)");
        io.println("  " + String.join(" ", io.shell().commandNames().stream()
                .filter(n -> !n.equals("aws") && !n.equals("docker") && !n.equals("sim")).toList()));
        io.println("Quotes, $VAR, $(...), pipes |, && || ;, > >> redirections and heredocs (<<EOF) work as in bash.");
        return 0;
    }

    private static int base64(Io io) {
        boolean decode = false;
        String file = null;
        for (String a : io.args().subList(1, io.args().size())) {
            if (a.equals("-d") || a.equals("--decode")) decode = true;
            else if (a.startsWith("-")) {
                io.eprintln("base64: invalid option -- '" + a.replaceFirst("^-+", "") + "'");
                io.eprintln("Try 'base64 --help' for more information.");
                return 1;
            } else file = a;
        }
        String input;
        if (file == null || file.equals("-")) {
            input = io.stdin();
        } else {
            var text = io.shell().files().read(io.shell().absolute(file));
            if (text.isEmpty()) {
                io.eprintln("base64: " + file + ": No such file or directory");
                return 1;
            }
            input = text.get();
        }
        if (decode) {
            try {
                io.out().write(new String(Base64.getMimeDecoder().decode(input.strip()), StandardCharsets.UTF_8));
            } catch (IllegalArgumentException e) {
                io.eprintln("base64: invalid input");
                return 1;
            }
        } else {
            String enc = Base64.getEncoder().encodeToString(input.getBytes(StandardCharsets.UTF_8));
            for (int i = 0; i < enc.length(); i += 76) io.println(enc.substring(i, Math.min(enc.length(), i + 76)));
            if (enc.isEmpty()) io.println("");
        }
        return 0;
    }

    private static int grep(Io io) {
        boolean ignoreCase = false;
        boolean invert = false;
        boolean quiet = false;
        boolean count = false;
        String pattern = null;
        for (String a : io.args().subList(1, io.args().size())) {
            if (pattern == null && a.startsWith("-") && a.length() > 1) {
                for (char c : a.substring(1).toCharArray()) {
                    switch (c) {
                        case 'i' -> ignoreCase = true;
                        case 'v' -> invert = true;
                        case 'q' -> quiet = true;
                        case 'c' -> count = true;
                        case 'E', 'F' -> {
                        }
                        default -> {
                            io.eprintln("grep: invalid option -- '" + c + "'");
                            io.eprintln("Usage: grep [OPTION]... PATTERNS [FILE]...");
                            return 2;
                        }
                    }
                }
            } else if (pattern == null) {
                pattern = a;
            }
        }
        if (pattern == null) {
            io.eprintln("Usage: grep [OPTION]... PATTERNS [FILE]...");
            return 2;
        }
        Pattern p;
        try {
            p = Pattern.compile(pattern, ignoreCase ? Pattern.CASE_INSENSITIVE : 0);
        } catch (PatternSyntaxException e) {
            p = Pattern.compile(Pattern.quote(pattern), ignoreCase ? Pattern.CASE_INSENSITIVE : 0);
        }
        int matched = 0;
        for (String line : io.stdin().split("\n")) {
            if (io.stdin().isEmpty()) break;
            if (p.matcher(line).find() != invert) {
                matched++;
                if (!quiet && !count) io.println(line);
            }
        }
        if (count && !quiet) io.println(String.valueOf(matched));
        return matched > 0 ? 0 : 1;
    }
}
