package dockyard.sim.docker;

import java.util.function.UnaryOperator;

/** Parameter, command and arithmetic expansion of one {@link ShScript.Word} ({@code $X ${X:-d} $? $(cmd) $((1+2))}). */
final class Expander {
    private Expander() {
    }

    /** @param capture runs a command substitution's source and returns its standard output */
    static String expand(ShScript.Word word, ShellState state, UnaryOperator<String> capture) {
        StringBuilder b = new StringBuilder();
        boolean first = true;
        for (ShScript.Part p : word.parts()) {
            String t = p.text();
            if (!p.expand()) {
                b.append(t);
            } else {
                if (first && (t.equals("~") || t.startsWith("~/"))) {
                    t = state.vars.getOrDefault("HOME", "/root") + t.substring(1);
                }
                expandText(t, state, capture, b);
            }
            first = false;
        }
        return b.toString();
    }

    private static void expandText(String t, ShellState state, UnaryOperator<String> capture, StringBuilder b) {
        int i = 0;
        while (i < t.length()) {
            char c = t.charAt(i);
            if (c != '$' || i + 1 >= t.length()) {
                b.append(c);
                i++;
                continue;
            }
            char d = t.charAt(i + 1);
            if (t.startsWith("$((", i)) {
                int end = t.indexOf("))", i + 3);
                if (end < 0) {
                    b.append(t, i, t.length());
                    return;
                }
                b.append(Arithmetic.eval(t.substring(i + 3, end), state));
                i = end + 2;
            } else if (d == '(') {
                int end = closing(t, i + 1);
                String out = capture.apply(t.substring(i + 2, end - 1));
                b.append(out.replaceAll("\n+$", ""));
                i = end;
            } else if (d == '{') {
                int end = t.indexOf('}', i + 2);
                if (end < 0) {
                    b.append(t, i, t.length());
                    return;
                }
                b.append(braced(t.substring(i + 2, end), state));
                i = end + 1;
            } else if (d == '?') {
                b.append(state.status);
                i += 2;
            } else if (d == '$') {
                b.append('1');
                i += 2;
            } else if (Character.isLetter(d) || d == '_') {
                int j = i + 1;
                while (j < t.length() && (Character.isLetterOrDigit(t.charAt(j)) || t.charAt(j) == '_')) j++;
                b.append(state.vars.getOrDefault(t.substring(i + 1, j), ""));
                i = j;
            } else if (Character.isDigit(d) || d == '@' || d == '*' || d == '#') {
                b.append(d == '#' ? "0" : "");
                i += 2;
            } else {
                b.append(c);
                i++;
            }
        }
    }

    private static String braced(String inner, ShellState state) {
        for (String op : new String[]{":-", ":=", "-", "="}) {
            int k = inner.indexOf(op);
            if (k > 0) {
                String name = inner.substring(0, k);
                String value = state.vars.get(name);
                boolean unset = value == null || (op.startsWith(":") && value.isEmpty());
                String def = inner.substring(k + op.length());
                if (unset && op.endsWith("=")) state.vars.put(name, def);
                return unset ? def : value;
            }
        }
        if (inner.startsWith("#")) return String.valueOf(state.vars.getOrDefault(inner.substring(1), "").length());
        return state.vars.getOrDefault(inner, "");
    }

    private static int closing(String t, int open) {
        int depth = 0;
        for (int i = open; i < t.length(); i++) {
            if (t.charAt(i) == '(') depth++;
            else if (t.charAt(i) == ')' && --depth == 0) return i + 1;
        }
        return t.length();
    }
}
