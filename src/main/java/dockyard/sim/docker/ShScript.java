package dockyard.sim.docker;

import java.util.ArrayList;
import java.util.List;

/**
 * A POSIX {@code sh} script compiled to a flat list of instructions with jumps, so that it can be run step by step
 * and paused at {@code sleep} in simulated time. Understands simple commands with quotes, escapes and
 * {@code $VAR}/{@code ${VAR}}/{@code $(...)}/{@code $((...))} (expanded when run), assignments, redirections
 * ({@code > >> < 2> 2>&1}), pipes, {@code ; && || &}, newlines, {@code while}/{@code until}, {@code for ... in},
 * {@code if/elif/else} and {@code { ...; }} groups. Anything else is a syntax error, as {@code sh} reports it.
 */
public final class ShScript {
    /** A piece of a word: literal text, or text in which {@code $} expansions apply. */
    public record Part(String text, boolean expand) {
    }

    /** A word as written (before expansion). */
    public record Word(List<Part> parts) {
        /** The word as plain text when it has no expandable {@code $}; null otherwise. */
        String literal() {
            StringBuilder b = new StringBuilder();
            for (Part p : parts) {
                if (p.expand && p.text.contains("$")) return null;
                b.append(p.text);
            }
            return b.toString();
        }

        boolean unquotedIs(String s) {
            return parts.size() == 1 && parts.get(0).expand && parts.get(0).text.equals(s);
        }
    }

    /** A redirection: {@code >}, {@code >>}, {@code <}, {@code 2>}, {@code 2>>} to a file, or {@code 2>&1}. */
    public record Redirect(String op, Word target) {
    }

    /** One instruction. */
    public sealed interface Ins permits Command, Pipe, Jump, JumpIfFail, JumpIfOk, SetVar {
    }

    public record Command(List<Word> words, List<Redirect> redirects) implements Ins {
    }

    public record Pipe(List<Command> stages) implements Ins {
    }

    public record Jump(int target) implements Ins {
    }

    public record JumpIfFail(int target) implements Ins {
    }

    public record JumpIfOk(int target) implements Ins {
    }

    /** Sets a variable to a literal (used by {@code for} loops). */
    public record SetVar(String name, Word value) implements Ins {
    }

    private final List<Ins> code;

    private ShScript(List<Ins> code) {
        this.code = List.copyOf(code);
    }

    public List<Ins> code() { return code; }

    /** Compiles a script, or throws {@link SyntaxError} with {@code sh}'s message. */
    public static ShScript parse(String script) {
        Parser p = new Parser(ShLexer.lex(script));
        p.list(List.of());
        if (!p.atEnd()) throw new SyntaxError("Syntax error: \"" + p.peekText() + "\" unexpected");
        return new ShScript(p.out);
    }

    /** A script that runs one command given as an argument vector (exec form). */
    public static ShScript ofArgv(List<String> argv) {
        List<Word> words = new ArrayList<>();
        for (String a : argv) words.add(new Word(List.of(new Part(a, false))));
        return new ShScript(List.of(new Command(words, List.of())));
    }

    /** A syntax error; its message is what {@code sh -c} prints after {@code sh: 1: }. */
    public static final class SyntaxError extends RuntimeException {
        public SyntaxError(String message) {
            super(message);
        }
    }

    private static final class Parser {
        final List<ShLexer.Token> toks;
        int pos;
        final List<Ins> out = new ArrayList<>();

        Parser(List<ShLexer.Token> toks) {
            this.toks = toks;
        }

        boolean atEnd() { return pos >= toks.size(); }

        String peekText() { return atEnd() ? "end of file" : toks.get(pos).text(); }

        boolean isOp(String op) {
            return !atEnd() && toks.get(pos).word() == null && toks.get(pos).text().equals(op);
        }

        boolean isKeyword(String kw) {
            return !atEnd() && toks.get(pos).word() != null && toks.get(pos).word().unquotedIs(kw);
        }

        void skipSeparators() {
            while (isOp(";") || isOp("\n") || isOp("&")) pos++;
        }

        /** Parses and_or lists until one of {@code stops} keywords (not consumed) or the end. */
        void list(List<String> stops) {
            skipSeparators();
            while (!atEnd()) {
                for (String s : stops) if (isKeyword(s)) return;
                if (isOp("}") || isOp(")")) return;
                andOr();
                if (!(isOp(";") || isOp("\n") || isOp("&"))) {
                    if (atEnd()) return;
                    for (String s : stops) if (isKeyword(s)) return;
                    if (isOp("}")) return;
                    throw new SyntaxError("Syntax error: \"" + peekText() + "\" unexpected");
                }
                skipSeparators();
            }
        }

        void andOr() {
            pipeline();
            List<Integer> pendingFail = new ArrayList<>();
            List<Integer> pendingOk = new ArrayList<>();
            while (isOp("&&") || isOp("||")) {
                boolean and = isOp("&&");
                pos++;
                while (isOp("\n")) pos++;
                // Jumps of the other kind land just before this operator's right side.
                int here = out.size();
                for (int i : (and ? pendingOk : pendingFail)) patch(i, here + 1);
                (and ? pendingOk : pendingFail).clear();
                out.add(and ? new JumpIfFail(-1) : new JumpIfOk(-1));
                (and ? pendingFail : pendingOk).add(out.size() - 1);
                pipeline();
            }
            for (int i : pendingFail) patch(i, out.size());
            for (int i : pendingOk) patch(i, out.size());
        }

        void patch(int at, int target) {
            Ins ins = out.get(at);
            if (ins instanceof JumpIfFail) out.set(at, new JumpIfFail(target));
            else if (ins instanceof JumpIfOk) out.set(at, new JumpIfOk(target));
            else out.set(at, new Jump(target));
        }

        void pipeline() {
            if (isOp("!")) throw new SyntaxError("Syntax error: \"!\" unexpected");
            List<Command> stages = new ArrayList<>();
            Command first = commandOrCompound();
            if (first == null) return;
            stages.add(first);
            while (isOp("|")) {
                pos++;
                Command next = simple();
                if (next == null) throw new SyntaxError("Syntax error: \"" + peekText() + "\" unexpected");
                stages.add(next);
            }
            out.add(stages.size() == 1 ? first : new Pipe(stages));
        }

        /** A compound command is compiled in place (returns null); a simple one is returned. */
        Command commandOrCompound() {
            if (isKeyword("while") || isKeyword("until")) {
                boolean until = isKeyword("until");
                pos++;
                int top = out.size();
                list(List.of("do"));
                expectKeyword("do");
                int exitJump = out.size();
                out.add(until ? new JumpIfOk(-1) : new JumpIfFail(-1));
                list(List.of("done"));
                expectKeyword("done");
                out.add(new Jump(top));
                patch(exitJump, out.size());
                return null;
            }
            if (isKeyword("for")) {
                pos++;
                if (atEnd() || toks.get(pos).word() == null) throw new SyntaxError("Syntax error: Bad for loop variable");
                String var = toks.get(pos++).text();
                List<Word> items = new ArrayList<>();
                if (isKeyword("in")) {
                    pos++;
                    while (!atEnd() && toks.get(pos).word() != null && !isKeyword("do")) items.add(toks.get(pos++).word());
                }
                skipSeparators();
                int bodyStart = pos;
                expectKeyword("do");
                for (Word item : items) {
                    pos = bodyStart + 1;
                    out.add(new SetVar(var, item));
                    list(List.of("done"));
                }
                if (items.isEmpty()) {
                    pos = bodyStart + 1;
                    int skip = out.size();
                    out.add(new Jump(-1));
                    list(List.of("done"));
                    patch(skip, out.size());
                }
                expectKeyword("done");
                return null;
            }
            if (isKeyword("if")) {
                pos++;
                List<Integer> toEnd = new ArrayList<>();
                list(List.of("then"));
                expectKeyword("then");
                int next = out.size();
                out.add(new JumpIfFail(-1));
                list(List.of("elif", "else", "fi"));
                while (isKeyword("elif")) {
                    pos++;
                    toEnd.add(out.size());
                    out.add(new Jump(-1));
                    patch(next, out.size());
                    list(List.of("then"));
                    expectKeyword("then");
                    next = out.size();
                    out.add(new JumpIfFail(-1));
                    list(List.of("elif", "else", "fi"));
                }
                if (isKeyword("else")) {
                    pos++;
                    toEnd.add(out.size());
                    out.add(new Jump(-1));
                    patch(next, out.size());
                    list(List.of("fi"));
                } else {
                    patch(next, out.size());
                }
                expectKeyword("fi");
                for (int i : toEnd) patch(i, out.size());
                return null;
            }
            if (isOp("{")) {
                pos++;
                list(List.of());
                if (!isOp("}")) throw new SyntaxError("Syntax error: end of file unexpected (expecting \"}\")");
                pos++;
                return null;
            }
            for (String kw : List.of("do", "done", "then", "fi", "elif", "else", "in")) {
                if (isKeyword(kw)) throw new SyntaxError("Syntax error: \"" + kw + "\" unexpected");
            }
            Command c = simple();
            if (c == null) throw new SyntaxError("Syntax error: \"" + peekText() + "\" unexpected");
            return c;
        }

        void expectKeyword(String kw) {
            if (!isKeyword(kw)) {
                throw new SyntaxError(atEnd() ? "Syntax error: end of file unexpected (expecting \"" + kw + "\")"
                        : "Syntax error: \"" + peekText() + "\" unexpected (expecting \"" + kw + "\")");
            }
            pos++;
        }

        Command simple() {
            List<Word> words = new ArrayList<>();
            List<Redirect> redirects = new ArrayList<>();
            while (!atEnd()) {
                ShLexer.Token t = toks.get(pos);
                if (t.word() != null) {
                    words.add(t.word());
                    pos++;
                } else if (List.of(">", ">>", "<", "2>", "2>>").contains(t.text())) {
                    pos++;
                    if (atEnd() || toks.get(pos).word() == null) {
                        throw new SyntaxError("Syntax error: " + (atEnd() ? "end of file" : "\"" + peekText() + "\"") + " unexpected");
                    }
                    redirects.add(new Redirect(t.text(), toks.get(pos++).word()));
                } else if (t.text().equals("2>&1") || t.text().equals(">&2")) {
                    redirects.add(new Redirect(t.text(), null));
                    pos++;
                } else {
                    break;
                }
            }
            if (words.isEmpty() && redirects.isEmpty()) return null;
            return new Command(words, redirects);
        }
    }
}
