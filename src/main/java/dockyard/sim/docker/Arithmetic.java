package dockyard.sim.docker;

/** {@code $((...))}: integer arithmetic with + - * / % and parentheses over numbers and variable names. */
final class Arithmetic {
    private final String s;
    private final ShellState state;
    private int pos;

    private Arithmetic(String s, ShellState state) {
        this.s = s;
        this.state = state;
    }

    static long eval(String expr, ShellState state) {
        Arithmetic a = new Arithmetic(expr, state);
        try {
            long v = a.sum();
            a.skip();
            return a.pos < a.s.length() ? 0 : v;
        } catch (ArithmeticException | NumberFormatException e) {
            return 0;
        }
    }

    private long sum() {
        long v = product();
        while (true) {
            skip();
            if (peek('+')) v += product();
            else if (peek('-')) v -= product();
            else return v;
        }
    }

    private long product() {
        long v = atom();
        while (true) {
            skip();
            if (peek('*')) v *= atom();
            else if (peek('/')) v /= atom();
            else if (peek('%')) v %= atom();
            else return v;
        }
    }

    private long atom() {
        skip();
        if (peek('(')) {
            long v = sum();
            skip();
            peek(')');
            return v;
        }
        if (peek('-')) return -atom();
        int start = pos;
        if (pos < s.length() && s.charAt(pos) == '$') start = ++pos;
        while (pos < s.length() && (Character.isLetterOrDigit(s.charAt(pos)) || s.charAt(pos) == '_')) pos++;
        String tok = s.substring(start, pos);
        if (tok.isEmpty()) throw new ArithmeticException("syntax");
        if (Character.isDigit(tok.charAt(0))) return Long.parseLong(tok.replaceAll("\\D.*", ""));
        String v = state.vars.getOrDefault(tok, "0").trim();
        try {
            return v.isEmpty() ? 0 : Long.parseLong(v);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private boolean peek(char c) {
        if (pos < s.length() && s.charAt(pos) == c) {
            pos++;
            return true;
        }
        return false;
    }

    private void skip() {
        while (pos < s.length() && Character.isWhitespace(s.charAt(pos))) pos++;
    }
}
