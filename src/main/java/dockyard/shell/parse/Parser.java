package dockyard.shell.parse;

import dockyard.shell.parse.Ast.AndOr;
import dockyard.shell.parse.Ast.Assignment;
import dockyard.shell.parse.Ast.Lit;
import dockyard.shell.parse.Ast.Part;
import dockyard.shell.parse.Ast.Pipeline;
import dockyard.shell.parse.Ast.Redirect;
import dockyard.shell.parse.Ast.Script;
import dockyard.shell.parse.Ast.SimpleCommand;
import dockyard.shell.parse.Ast.Var;
import dockyard.shell.parse.Ast.Word;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A recursive-descent parser for the bash subset of the sandbox: quotes, {@code \} escapes and continuations,
 * {@code $VAR}/{@code ${VAR}}/{@code $(…)}/backticks, pipes, {@code && || ;}, redirections, heredocs and
 * {@code #} comments. Errors carry bash's wording; running out of input mid-construct is reported as
 * {@linkplain ParseException#incomplete() incomplete}.
 */
public final class Parser extends WordScanner {
    private static final Set<String> COMPOUND = Set.of("if", "then", "elif", "else", "fi", "for", "while", "until",
            "do", "done", "case", "esac", "select", "function", "{", "}", "[[", "]]");
    private final List<PendingHeredoc> pending = new ArrayList<>();

    private Parser(String src, int depth) {
        super(src, depth);
    }

    @Override
    Script parseSubstitution() throws ParseException {
        return parseList(true);
    }

    @Override
    Script nestedScript(String text) throws ParseException {
        if (depth + 1 > MAX_DEPTH) throw new ParseException("bash: maximum nesting level exceeded", false);
        return new Parser(text, depth + 1).parseTop();
    }

    @Override
    Word expandingText(String text) throws ParseException {
        return parseExpandingText(text, depth + 1);
    }

    /** Parses a whole command line (which may span several lines: continuations, heredocs). */
    public static Script parse(String src) throws ParseException {
        return new Parser(src, 0).parseTop();
    }

    /** Parses heredoc-style text: {@code $} expansions and {@code \} before {@code $ ` \} and newline only. */
    static Word parseExpandingText(String text, int depth) throws ParseException {
        return new Parser(text, depth).parseBody();
    }

    private Script parseTop() throws ParseException {
        Script s = parseList(false);
        if (!pending.isEmpty()) throw incomplete("here-document delimited by end-of-file (wanted `" + pending.get(0).delimiter + "')");
        return s;
    }

    private Script parseList(boolean inSub) throws ParseException {
        if (depth > MAX_DEPTH) throw new ParseException("bash: maximum nesting level exceeded", false);
        List<AndOr> items = new ArrayList<>();
        while (true) {
            skipBlanks();
            if (atEnd()) {
                if (inSub) throw incomplete("unexpected EOF while looking for matching `)'");
                break;
            }
            char c = peek();
            if (c == '\n') {
                newline();
                continue;
            }
            if (c == '#') {
                skipComment();
                continue;
            }
            if (c == ')' && inSub) {
                pos++;
                break;
            }
            if (c == ';' || c == '&' || c == '|' || c == ')') throw unexpected();
            items.add(parseAndOr());
            skipBlanks();
            if (atEnd()) continue;
            c = peek();
            if (c == ';') {
                pos++;
                if (!atEnd() && peek() == ';') throw syntax(";;");
            } else if (c == '&') {
                throw new ParseException("dockyard: background jobs (&) are not supported in the sandbox", false);
            } else if (c != '\n' && c != '#' && !(c == ')' && inSub)) {
                throw unexpected();
            }
        }
        return new Script(List.copyOf(items));
    }

    private AndOr parseAndOr() throws ParseException {
        List<Pipeline> pipes = new ArrayList<>();
        List<String> ops = new ArrayList<>();
        pipes.add(parsePipeline());
        while (true) {
            skipBlanks();
            if (src.startsWith("&&", pos) || src.startsWith("||", pos)) {
                ops.add(src.substring(pos, pos + 2));
                pos += 2;
                skipBlanksAndNewlines();
                if (atEnd()) throw incomplete("syntax error: unexpected end of file");
                pipes.add(parsePipeline());
            } else {
                return new AndOr(List.copyOf(pipes), List.copyOf(ops));
            }
        }
    }

    private Pipeline parsePipeline() throws ParseException {
        boolean negated = false;
        skipBlanks();
        if (src.startsWith("! ", pos) || src.startsWith("!\t", pos)) {
            negated = true;
            pos += 2;
        }
        List<SimpleCommand> cmds = new ArrayList<>();
        cmds.add(parseSimple());
        while (true) {
            skipBlanks();
            if (!atEnd() && peek() == '|' && !src.startsWith("||", pos)) {
                pos++;
                skipBlanksAndNewlines();
                if (atEnd()) throw incomplete("syntax error: unexpected end of file");
                cmds.add(parseSimple());
            } else {
                return new Pipeline(List.copyOf(cmds), negated);
            }
        }
    }

    private SimpleCommand parseSimple() throws ParseException {
        List<Assignment> assigns = new ArrayList<>();
        List<Word> words = new ArrayList<>();
        List<Redirect> redirects = new ArrayList<>();
        while (true) {
            skipBlanks();
            if (atEnd()) break;
            char c = peek();
            if (c == '\n' || c == ';' || c == '&' && !src.startsWith("&>", pos) || c == '|' || c == ')') break;
            if (c == '#') {
                skipComment();
                break;
            }
            if (c == '(') throw syntax("(");
            Redirect r = tryRedirect();
            if (r != null) {
                redirects.add(r);
                continue;
            }
            Word w = parseWord();
            if (w == null) throw unexpected();
            if (words.isEmpty()) {
                Assignment a = asAssignment(w);
                if (a != null) {
                    assigns.add(a);
                    continue;
                }
                String lit = w.literal();
                if (lit != null && COMPOUND.contains(lit) && !isQuoted(w)) {
                    throw new ParseException("dockyard: `" + lit + "' blocks are not supported in the sandbox; run the commands one at a time", false);
                }
            }
            words.add(w);
        }
        if (words.isEmpty() && assigns.isEmpty() && redirects.isEmpty()) throw unexpected();
        return new SimpleCommand(List.copyOf(assigns), List.copyOf(words), List.copyOf(redirects));
    }

    private static boolean isQuoted(Word w) {
        return w.parts().stream().anyMatch(p -> p instanceof Lit l && l.quoted());
    }

    private static Assignment asAssignment(Word w) {
        if (w.parts().isEmpty() || !(w.parts().get(0) instanceof Lit first) || first.quoted()) return null;
        String t = first.text();
        int eq = t.indexOf('=');
        if (eq <= 0 || !t.substring(0, eq).matches("[A-Za-z_][A-Za-z0-9_]*")) return null;
        List<Part> rest = new ArrayList<>();
        if (eq + 1 < t.length()) rest.add(new Lit(t.substring(eq + 1), false));
        rest.addAll(w.parts().subList(1, w.parts().size()));
        return new Assignment(t.substring(0, eq), new Word(List.copyOf(rest)));
    }

    private Redirect tryRedirect() throws ParseException {
        int start = pos;
        int fd = -1;
        while (!atEnd() && Character.isDigit(peek())) pos++;
        if (pos > start) {
            if (atEnd() || (peek() != '>' && peek() != '<') || pos - start > 2) {
                pos = start;
                return null;
            }
            fd = Integer.parseInt(src.substring(start, pos));
        }
        if (src.startsWith("&>>", pos) || src.startsWith("&>", pos)) {
            boolean append = src.startsWith("&>>", pos);
            pos += append ? 3 : 2;
            return new Redirect(-2, append ? ">>" : ">", target(), null);
        }
        if (atEnd() || (peek() != '>' && peek() != '<')) {
            pos = start;
            return null;
        }
        if (src.startsWith("<<<", pos)) {
            pos += 3;
            return new Redirect(0, "<<<", target(), null);
        }
        if (src.startsWith("<<", pos)) {
            pos += 2;
            boolean strip = !atEnd() && peek() == '-';
            if (strip) pos++;
            skipBlanks();
            int ds = pos;
            Word delim = parseWord();
            if (delim == null) throw unexpected();
            String raw = src.substring(ds, pos);
            boolean quoted = raw.indexOf('\'') >= 0 || raw.indexOf('"') >= 0 || raw.indexOf('\\') >= 0;
            StringBuilder d = new StringBuilder();
            for (Part p : delim.parts()) {
                if (p instanceof Lit l) d.append(l.text());
                else if (p instanceof Var v) d.append('$').append(v.name());
                else d.append(raw);
            }
            Word body = new Word(new ArrayList<>());
            pending.add(new PendingHeredoc(d.toString(), !quoted, strip, body));
            return new Redirect(fd < 0 ? 0 : fd, "<<", null, body);
        }
        String op;
        if (src.startsWith(">>", pos)) op = ">>";
        else if (src.startsWith(">&", pos)) op = ">&";
        else if (src.startsWith(">|", pos)) op = ">|";
        else if (src.startsWith("<&", pos)) op = "<&";
        else op = src.substring(pos, pos + 1);
        pos += op.length();
        if (op.equals(">|")) op = ">";
        int defaultFd = op.startsWith("<") ? 0 : 1;
        return new Redirect(fd < 0 ? defaultFd : fd, op, target(), null);
    }

    private Word target() throws ParseException {
        skipBlanks();
        Word w = parseWord();
        if (w == null) throw unexpected();
        return w;
    }

    private void newline() throws ParseException {
        pos++;
        if (pending.isEmpty()) return;
        List<PendingHeredoc> todo = new ArrayList<>(pending);
        pending.clear();
        for (PendingHeredoc h : todo) readHeredoc(h);
    }

    private void readHeredoc(PendingHeredoc h) throws ParseException {
        StringBuilder body = new StringBuilder();
        while (true) {
            if (atEnd()) throw incomplete("here-document delimited by end-of-file (wanted `" + h.delimiter + "')");
            int nl = src.indexOf('\n', pos);
            int lineEnd = nl < 0 ? src.length() : nl;
            String line = src.substring(pos, lineEnd);
            if (h.stripTabs) line = line.replaceFirst("^\t+", "");
            pos = nl < 0 ? src.length() : nl + 1;
            if (line.equals(h.delimiter)) break;
            body.append(line).append('\n');
        }
        List<Part> target = h.body.parts();
        if (h.expand) target.addAll(parseExpandingText(body.toString(), depth + 1).parts());
        else target.add(new Lit(body.toString(), true));
    }

    private void skipBlanksAndNewlines() throws ParseException {
        while (true) {
            skipBlanks();
            if (!atEnd() && peek() == '\n') newline();
            else if (!atEnd() && peek() == '#') skipComment();
            else return;
        }
    }

    private ParseException unexpected() {
        if (atEnd()) return syntax("newline");
        char c = peek();
        if (c == '\n') return syntax("newline");
        if (src.startsWith("&&", pos) || src.startsWith("||", pos) || src.startsWith(";;", pos)) return syntax(src.substring(pos, pos + 2));
        return syntax(String.valueOf(c));
    }

    private record PendingHeredoc(String delimiter, boolean expand, boolean stripTabs, Word body) {
    }
}
