package dockyard.shell.parse;

import dockyard.shell.parse.Ast.Lit;
import dockyard.shell.parse.Ast.Part;
import dockyard.shell.parse.Ast.Script;
import dockyard.shell.parse.Ast.Sub;
import dockyard.shell.parse.Ast.Var;
import dockyard.shell.parse.Ast.Word;

import java.util.ArrayList;
import java.util.List;

/**
 * The word level of the sandbox's bash: quoting ({@code '…'}, {@code "…"}, {@code \\}), parameter expansions
 * ({@code $VAR}, {@code ${VAR:-x}}, {@code ${VAR%%pattern}}), command substitutions and heredoc bodies. The
 * {@link Parser} builds commands and lists from these words.
 */
abstract class WordScanner {
    static final int MAX_DEPTH = 32;

    final String src;
    final int depth;
    int pos;
    int nesting;

    WordScanner(String src, int depth) {
        this.src = src;
        this.depth = depth;
    }

    /** The script inside {@code $(…)}, parsed from the current position up to its {@code )}. */
    abstract Script parseSubstitution() throws ParseException;

    /** A backtick substitution's text as a script. */
    abstract Script nestedScript(String text) throws ParseException;

    /** Heredoc-style text ({@code ${VAR:-…}} defaults) as a word. */
    abstract Word expandingText(String text) throws ParseException;

    /** One word, or null when the next character cannot start one. */
    Word parseWord() throws ParseException {
        List<Part> parts = new ArrayList<>();
        StringBuilder lit = new StringBuilder();
        boolean any = false;
        while (!atEnd()) {
            char c = peek();
            if (c == ' ' || c == '\t' || c == '\n' || c == ';' || c == '&' || c == '|' || c == '<' || c == '>'
                    || c == '(' || c == ')') break;
            any = true;
            if (c == '\\') {
                if (pos + 1 >= src.length()) throw incomplete("unexpected EOF after `\\'");
                char n = src.charAt(pos + 1);
                pos += 2;
                if (n == '\n') continue;
                flush(parts, lit, false);
                parts.add(new Lit(String.valueOf(n), true));
            } else if (c == '\'') {
                int end = src.indexOf('\'', pos + 1);
                if (end < 0) throw incomplete("unexpected EOF while looking for matching `''");
                flush(parts, lit, false);
                parts.add(new Lit(src.substring(pos + 1, end), true));
                pos = end + 1;
            } else if (c == '"') {
                flush(parts, lit, false);
                parseDoubleQuoted(parts);
            } else if (c == '$') {
                flush(parts, lit, false);
                parts.add(parseDollar(false));
            } else if (c == '`') {
                flush(parts, lit, false);
                parts.add(parseBacktick(false));
            } else {
                lit.append(c);
                pos++;
            }
        }
        flush(parts, lit, false);
        return any ? new Word(List.copyOf(parts)) : null;
    }

    void parseDoubleQuoted(List<Part> parts) throws ParseException {
        pos++;
        StringBuilder lit = new StringBuilder();
        boolean empty = true;
        while (true) {
            if (atEnd()) throw incomplete("unexpected EOF while looking for matching `\"'");
            char c = peek();
            if (c == '"') {
                pos++;
                break;
            }
            empty = false;
            scanExpanding(parts, lit, "$`\"\\\n");
        }
        if (empty) parts.add(new Lit("", true));
        flush(parts, lit, true);
    }

    Part parseDollar(boolean quoted) throws ParseException {
        pos++;
        if (atEnd()) return new Lit("$", quoted);
        char c = peek();
        if (c == '(') {
            if (src.startsWith("((", pos)) {
                throw new ParseException("dockyard: arithmetic expansion $((…)) is not supported in the sandbox", false);
            }
            pos++;
            if (++nesting + depth > MAX_DEPTH) throw new ParseException("bash: maximum nesting level exceeded", false);
            Script inner = parseSubstitution();
            nesting--;
            return new Sub(inner, quoted);
        }
        if (c == '{') {
            int end = src.indexOf('}', pos);
            if (end < 0) throw incomplete("unexpected EOF while looking for matching `}'");
            String body = src.substring(pos + 1, end);
            pos = end + 1;
            return braced(body, quoted);
        }
        if ("?$#!@*0123456789".indexOf(c) >= 0) {
            pos++;
            return new Var(String.valueOf(c), quoted, null, null);
        }
        if (Character.isLetter(c) || c == '_') {
            int s = pos;
            while (!atEnd() && (Character.isLetterOrDigit(peek()) || peek() == '_')) pos++;
            return new Var(src.substring(s, pos), quoted, null, null);
        }
        return new Lit("$", quoted);
    }

    Part braced(String body, boolean quoted) throws ParseException {
        if (body.startsWith("#") && body.length() > 1) {
            return new Var(body.substring(1), quoted, "length", null);
        }
        int i = 0;
        while (i < body.length() && (Character.isLetterOrDigit(body.charAt(i)) || body.charAt(i) == '_')) i++;
        if (i == 0 && body.length() == 1 && "?$#!@*".indexOf(body.charAt(0)) >= 0) i = 1;
        String name = body.substring(0, i);
        if (name.isEmpty()) throw new ParseException("bash: ${" + body + "}: bad substitution", false);
        if (i == body.length()) return new Var(name, quoted, null, null);
        String rest = body.substring(i);
        for (String op : List.of(":-", ":=", ":+", ":?", "-", "=", "+", "##", "#", "%%", "%")) {
            if (rest.startsWith(op)) {
                Word arg = expandingText(rest.substring(op.length()));
                return new Var(name, quoted, op, arg);
            }
        }
        throw new ParseException("bash: ${" + body + "}: bad substitution", false);
    }

    Part parseBacktick(boolean quoted) throws ParseException {
        int i = pos + 1;
        StringBuilder inner = new StringBuilder();
        while (true) {
            if (i >= src.length()) throw incomplete("unexpected EOF while looking for matching ``'");
            char c = src.charAt(i);
            if (c == '`') break;
            if (c == '\\' && i + 1 < src.length() && "$`\\".indexOf(src.charAt(i + 1)) >= 0) {
                inner.append(src.charAt(i + 1));
                i += 2;
                continue;
            }
            inner.append(c);
            i++;
        }
        pos = i + 1;
        return new Sub(nestedScript(inner.toString()), quoted);
    }

    Word parseBody() throws ParseException {
        List<Part> parts = new ArrayList<>();
        StringBuilder lit = new StringBuilder();
        while (!atEnd()) {
            scanExpanding(parts, lit, "$`\\\n");
        }
        flush(parts, lit, true);
        return new Word(List.copyOf(parts));
    }

    static void flush(List<Part> parts, StringBuilder lit, boolean quoted) {
        if (lit.length() > 0) {
            parts.add(new Lit(lit.toString(), quoted));
            lit.setLength(0);
        }
    }

    void skipBlanks() {
        while (!atEnd()) {
            char c = peek();
            if (c == ' ' || c == '\t' || c == '\r') pos++;
            else if (c == '\\' && pos + 1 < src.length() && src.charAt(pos + 1) == '\n') pos += 2;
            else break;
        }
    }

    void skipComment() {
        while (!atEnd() && peek() != '\n') pos++;
    }

    boolean atEnd() {
        return pos >= src.length();
    }

    char peek() {
        return src.charAt(pos);
    }

    static ParseException syntax(String token) {
        return new ParseException("bash: syntax error near unexpected token `" + token + "'", false);
    }

    static ParseException incomplete(String message) {
        return new ParseException("bash: " + message, true);
    }

    /**
     * Scans one character of text where {@code $} and backquotes expand (inside double quotes, a heredoc body):
     * a backslash escapes only the characters in {@code escapable}, and an escaped newline joins lines.
     */
    private void scanExpanding(List<Part> parts, StringBuilder lit, String escapable) throws ParseException {
        char c = peek();
        if (c == '\\' && pos + 1 < src.length() && escapable.indexOf(src.charAt(pos + 1)) >= 0) {
            char n = src.charAt(pos + 1);
            pos += 2;
            if (n != '\n') lit.append(n);
        } else if (c == '$') {
            flush(parts, lit, true);
            parts.add(parseDollar(true));
        } else if (c == '`') {
            flush(parts, lit, true);
            parts.add(parseBacktick(true));
        } else {
            lit.append(c);
            pos++;
        }
    }
}
