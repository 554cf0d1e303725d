package dockyard.shell;

import dockyard.shell.parse.Ast.Lit;
import dockyard.shell.parse.Ast.Part;
import dockyard.shell.parse.Ast.Sub;
import dockyard.shell.parse.Ast.Var;
import dockyard.shell.parse.Ast.Word;

import java.util.ArrayList;
import java.util.List;

/**
 * Bash's word expansion for the sandbox: tilde, parameters ({@code $VAR}, {@code ${VAR:-default}}, {@code $?}),
 * command substitution, then field splitting of unquoted expansions on blanks. No globbing.
 */
final class Expander {
    private final Interpreter interpreter;

    Expander(Interpreter interpreter) {
        this.interpreter = interpreter;
    }

    /** A word as command arguments: zero, one or more fields. */
    List<String> fields(Word w, Sink err) throws ShellError {
        List<String> fields = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean started = false;
        List<Part> parts = w.parts();
        for (int i = 0; i < parts.size(); i++) {
            Part p = parts.get(i);
            if (p instanceof Lit l) {
                String text = l.text();
                if (!l.quoted() && i == 0 && (text.equals("~") || text.startsWith("~/"))) {
                    text = interpreter.shell().home() + text.substring(1);
                }
                cur.append(text);
                started = true;
                continue;
            }
            boolean quoted = p instanceof Var v ? v.quoted() : ((Sub) p).quoted();
            String value = value(p, err);
            if (quoted) {
                cur.append(value);
                started = true;
                continue;
            }
            if (value.isEmpty()) continue;
            boolean lead = isBlank(value.charAt(0));
            boolean trail = isBlank(value.charAt(value.length() - 1));
            String[] tokens = value.strip().split("[ \t\n]+");
            if (lead && started) {
                fields.add(cur.toString());
                cur.setLength(0);
                started = false;
            }
            for (int t = 0; t < tokens.length; t++) {
                if (tokens[t].isEmpty()) continue;
                if (t > 0) {
                    fields.add(cur.toString());
                    cur.setLength(0);
                }
                cur.append(tokens[t]);
                started = true;
            }
            if (trail && started) {
                fields.add(cur.toString());
                cur.setLength(0);
                started = false;
            }
        }
        if (started) fields.add(cur.toString());
        return fields;
    }

    /** A word as one string, without field splitting (assignments, heredoc bodies, redirection targets). */
    String string(Word w, Sink err) throws ShellError {
        StringBuilder sb = new StringBuilder();
        List<Part> parts = w.parts();
        for (int i = 0; i < parts.size(); i++) {
            Part p = parts.get(i);
            if (p instanceof Lit l) {
                String text = l.text();
                if (!l.quoted() && i == 0 && (text.equals("~") || text.startsWith("~/"))) {
                    text = interpreter.shell().home() + text.substring(1);
                }
                sb.append(text);
            } else {
                sb.append(value(p, err));
            }
        }
        return sb.toString();
    }

    private String value(Part p, Sink err) throws ShellError {
        if (p instanceof Sub s) return interpreter.substitute(s.script(), err);
        Var v = (Var) p;
        Shell shell = interpreter.shell();
        String current = shell.lookup(v.name());
        if (v.op() == null) return current == null ? "" : current;
        boolean unsetOrEmpty = current == null || current.isEmpty();
        return switch (v.op()) {
            case "length" -> String.valueOf(current == null ? 0 : current.length());
            case "#", "##", "%", "%%" -> removePattern(current == null ? "" : current, v.op(), string(v.arg(), err));
            case ":-" -> unsetOrEmpty ? string(v.arg(), err) : current;
            case "-" -> current == null ? string(v.arg(), err) : current;
            case ":+" -> unsetOrEmpty ? "" : string(v.arg(), err);
            case "+" -> current == null ? "" : string(v.arg(), err);
            case ":=", "=" -> {
                if (v.op().equals(":=") ? unsetOrEmpty : current == null) {
                    String value = string(v.arg(), err);
                    shell.setVariable(v.name(), value);
                    yield value;
                }
                yield current;
            }
            case ":?" -> {
                if (!unsetOrEmpty) yield current;
                String msg = string(v.arg(), err);
                throw new ShellError("bash: " + v.name() + ": " + (msg.isEmpty() ? "parameter null or not set" : msg), 1);
            }
            default -> throw new ShellError("bash: bad substitution", 1);
        };
    }

    /** {@code ${V#p}} / {@code ${V##p}} strip the shortest / longest prefix matching glob p; {@code %} / {@code %%} a suffix. */
    private static String removePattern(String value, String op, String glob) {
        java.util.regex.Pattern p = java.util.regex.Pattern.compile(globRegex(glob), java.util.regex.Pattern.DOTALL);
        boolean prefix = op.startsWith("#");
        boolean longest = op.length() == 2;
        int n = value.length();
        if (prefix) {
            for (int i = longest ? n : 0; longest ? i >= 0 : i <= n; i += longest ? -1 : 1) {
                if (p.matcher(value.substring(0, i)).matches()) return value.substring(i);
            }
        } else {
            for (int i = longest ? 0 : n; longest ? i <= n : i >= 0; i += longest ? 1 : -1) {
                if (p.matcher(value.substring(i)).matches()) return value.substring(0, i);
            }
        }
        return value;
    }

    private static String globRegex(String glob) {
        StringBuilder sb = new StringBuilder();
        for (char c : glob.toCharArray()) {
            if (c == '*') sb.append(".*");
            else if (c == '?') sb.append('.');
            else sb.append(java.util.regex.Pattern.quote(String.valueOf(c)));
        }
        return sb.toString();
    }

    private static boolean isBlank(char c) {
        return c == ' ' || c == '\t' || c == '\n';
    }
}
