package dockyard.shell.docker.format;

import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dockyard.shell.docker.format.Nodes.Arg;
import dockyard.shell.docker.format.Nodes.Cmd;
import dockyard.shell.docker.format.Nodes.Node;
import dockyard.shell.docker.format.Nodes.Pipeline;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import dockyard.shell.docker.format.Lexer.Tok;

/**
 * Parses the text/template subset Docker's docs use: actions with {@code {{- -}}} trimming and comments, fields,
 * variables, constants, functions, parentheses, pipes, declarations, and the if/else if/range/with/end blocks.
 * Errors read as Go's ({@code template: :1: function "foo" not defined}).
 */
final class Parser {

    private static final class Frame {
        final String kind;
        final Pipeline pipe;
        final int pos;
        final boolean chained;
        final int varMark;
        final List<Node> body = new ArrayList<>();
        final List<Node> otherwise = new ArrayList<>();
        boolean inElse;

        Frame(String kind, Pipeline pipe, int pos, boolean chained, int varMark) {
            this.kind = kind;
            this.pipe = pipe;
            this.pos = pos;
            this.chained = chained;
            this.varMark = varMark;
        }

        List<Node> current() {
            return inElse ? otherwise : body;
        }
    }

    private final String src;
    private final List<String> vars = new ArrayList<>(List.of("$"));

    Parser(String src) {
        this.src = src;
    }

    List<Node> parse() throws TemplateError {
        List<Node> root = new ArrayList<>();
        Deque<Frame> stack = new ArrayDeque<>();
        int i = 0;
        boolean trimNext = false;
        while (i < src.length()) {
            int open = src.indexOf("{{", i);
            String text = src.substring(i, open < 0 ? src.length() : open);
            if (trimNext) text = text.stripLeading();
            boolean trimLeft = open >= 0 && src.startsWith("{{- ", open) || open >= 0 && src.startsWith("{{-\t", open)
                    || open >= 0 && src.startsWith("{{-\n", open);
            if (trimLeft) text = text.stripTrailing();
            if (!text.isEmpty()) (stack.isEmpty() ? root : stack.peek().current()).add(new Nodes.Text(text));
            if (open < 0) break;
            int start = open + (trimLeft ? 3 : 2);
            int close = closing(start);
            boolean trimRight = close - 2 >= start && src.charAt(close - 1) == '-' && Character.isWhitespace(src.charAt(close - 2));
            String inner = src.substring(start, trimRight ? close - 1 : close);
            trimNext = trimRight;
            i = close + 2;
            if (inner.strip().startsWith("/*")) {
                if (!inner.strip().endsWith("*/")) throw error(open, "comment ends before closing delimiter");
                continue;
            }
            action(new Lexer(this::error).lex(inner, start), open, root, stack);
        }
        if (!stack.isEmpty()) throw error(src.length(), "unexpected EOF");
        return root;
    }

    private void action(List<Tok> toks, int open, List<Node> root, Deque<Frame> stack) throws TemplateError {
        if (toks.isEmpty()) throw error(open, "missing value for command");
        Tok first = toks.get(0);
        String word = first.kind() == 'i' ? first.text() : "";
        switch (word) {
            case "if", "range", "with" -> {
                int mark = vars.size();
                Pipeline p = pipeline(toks.subList(1, toks.size()), word, first.pos());
                stack.push(new Frame(word, p, open, false, mark));
            }
            case "else" -> {
                Frame f = stack.peek();
                if (f == null || f.inElse) throw error(first.pos(), "unexpected {{else}}");
                f.inElse = true;
                if (toks.size() > 1 && toks.get(1).kind() == 'i' && toks.get(1).text().equals("if")) {
                    int mark = vars.size();
                    stack.push(new Frame("if", pipeline(toks.subList(2, toks.size()), "if", toks.get(1).pos()), open, true, mark));
                } else if (toks.size() > 1) {
                    throw error(toks.get(1).pos(), "unexpected " + quote(toks.get(1)) + " in else");
                }
            }
            case "end" -> {
                if (stack.isEmpty()) throw error(first.pos(), "unexpected {{end}}");
                if (toks.size() > 1) throw error(toks.get(1).pos(), "unexpected " + quote(toks.get(1)) + " in end");
                Frame f = pop(stack);
                while (f.chained) {
                    Frame parent = stack.peek();
                    parent.current().add(block(f));
                    f = pop(stack);
                }
                (stack.isEmpty() ? root : stack.peek().current()).add(block(f));
            }
            case "define", "template", "block", "break", "continue" ->
                    throw error(first.pos(), "{{" + word + "}} is not supported by this sandbox");
            default -> {
                Pipeline p = pipeline(toks, "command", first.pos());
                (stack.isEmpty() ? root : stack.peek().current()).add(new Nodes.Action(p, first.pos()));
            }
        }
    }

    private Frame pop(Deque<Frame> stack) {
        Frame f = stack.pop();
        while (vars.size() > f.varMark) vars.remove(vars.size() - 1);
        return f;
    }

    private static Node block(Frame f) {
        return new Nodes.Block(f.kind, f.pipe, List.copyOf(f.body), List.copyOf(f.otherwise), f.pos);
    }

    private Pipeline pipeline(List<Tok> toks, String context, int pos) throws TemplateError {
        if (toks.isEmpty()) throw error(pos, "missing value for " + context);
        List<String> decls = new ArrayList<>();
        int k = 0;
        if (toks.get(0).kind() == '$' && !toks.get(0).text().contains(".")) {
            if (toks.size() > 1 && toks.get(1).kind() == '=') {
                decls.add(toks.get(0).text());
                k = 2;
            } else if (toks.size() > 3 && toks.get(1).kind() == ',' && toks.get(2).kind() == '$' && toks.get(3).kind() == '=') {
                if (!context.equals("range")) throw error(toks.get(1).pos(), "too many declarations in " + context);
                decls.add(toks.get(0).text());
                decls.add(toks.get(2).text());
                k = 4;
            }
        }
        List<Cmd> cmds = new ArrayList<>();
        int startCmd = k;
        int depth = 0;
        for (int j = k; j <= toks.size(); j++) {
            if (j < toks.size()) {
                char c = toks.get(j).kind();
                if (c == '(') depth++;
                if (c == ')') depth--;
                if (c != '|' || depth > 0) continue;
            }
            if (j == startCmd) throw error(j < toks.size() ? toks.get(j).pos() : pos, "missing value for " + context);
            cmds.add(command(toks.subList(startCmd, j)));
            startCmd = j + 1;
        }
        vars.addAll(decls);
        int from = toks.get(0).pos();
        Tok last = toks.get(toks.size() - 1);
        return new Pipeline(List.copyOf(decls), List.copyOf(cmds), from, src.substring(from, last.end()));
    }

    private Cmd command(List<Tok> toks) throws TemplateError {
        List<Arg> args = new ArrayList<>();
        int j = 0;
        while (j < toks.size()) {
            Tok t = toks.get(j);
            switch (t.kind()) {
                case '.' -> args.add(t.text().equals(".") ? new Nodes.Dot() : new Nodes.Field(path(t.text()), t.pos(), t.text()));
                case '$' -> {
                    int dot = t.text().indexOf('.');
                    String name = dot < 0 ? t.text() : t.text().substring(0, dot);
                    if (!vars.contains(name)) throw error(t.pos(), "undefined variable \"" + name + "\"");
                    args.add(new Nodes.Var(name, dot < 0 ? List.of() : path(t.text().substring(dot)), t.pos(), t.text()));
                }
                case '"' -> args.add(new Nodes.Lit(TextNode.valueOf(t.text())));
                case '0' -> args.add(new Nodes.Lit(t.text().matches("-?\\d+") ? LongNode.valueOf(Long.parseLong(t.text()))
                        : DoubleNode.valueOf(Double.parseDouble(t.text()))));
                case 'i' -> {
                    switch (t.text()) {
                        case "true", "false" -> args.add(new Nodes.Lit(BooleanNode.valueOf(t.text().equals("true"))));
                        case "nil" -> args.add(new Nodes.Lit(NullNode.instance));
                        default -> {
                            if (!Functions.NAMES.contains(t.text())) throw error(t.pos(), "function \"" + t.text() + "\" not defined");
                            args.add(new Nodes.Func(t.text(), t.pos()));
                        }
                    }
                }
                case '(' -> {
                    int depth = 1;
                    int end = j + 1;
                    for (; end < toks.size() && depth > 0; end++) {
                        if (toks.get(end).kind() == '(') depth++;
                        if (toks.get(end).kind() == ')') depth--;
                    }
                    if (depth > 0) throw error(t.pos(), "unclosed left paren");
                    Pipeline inner = pipeline(toks.subList(j + 1, end - 1), "parenthesized pipeline", t.pos());
                    List<String> path = new ArrayList<>();
                    int last = toks.get(end - 1).end();
                    while (end < toks.size() && toks.get(end).kind() == '.' && !toks.get(end).spaceBefore() && !toks.get(end).text().equals(".")) {
                        path.addAll(path(toks.get(end).text()));
                        last = toks.get(end).end();
                        end++;
                    }
                    args.add(new Nodes.Sub(inner, List.copyOf(path), t.pos(), src.substring(t.pos(), last)));
                    j = end;
                    continue;
                }
                default -> throw error(t.pos(), "unexpected " + quote(t) + " in operand");
            }
            j++;
        }
        if (args.isEmpty()) throw error(toks.isEmpty() ? 0 : toks.get(0).pos(), "missing value for command");
        Tok last = toks.get(toks.size() - 1);
        int from = toks.get(0).pos();
        return new Cmd(List.copyOf(args), from, src.substring(from, last.end()));
    }

    private static List<String> path(String fields) {
        return List.of(fields.substring(1).split("\\."));
    }

    /** The index of the {@code }}} that closes the action opened before {@code from}, skipping quoted strings. */
    private int closing(int from) throws TemplateError {
        char quote = 0;
        for (int i = from; i < src.length(); i++) {
            char c = src.charAt(i);
            if (quote != 0) {
                if (c == '\\' && quote == '"') i++;
                else if (c == quote) quote = 0;
                else if (c == '\n' && quote == '"') throw error(i, "unterminated quoted string");
            } else if (c == '"' || c == '`') {
                quote = c;
            } else if (c == '}' && i + 1 < src.length() && src.charAt(i + 1) == '}') {
                return i;
            }
        }
        throw error(from, quote != 0 ? "unterminated quoted string" : "unclosed action");
    }

    private static String quote(Tok t) {
        return t.kind() == '"' ? "quoted string" : "<" + t.text() + ">";
    }

    TemplateError error(int pos, String message) {
        int line = 1;
        for (int i = 0; i < Math.min(pos, src.length()); i++) if (src.charAt(i) == '\n') line++;
        return new TemplateError("template: :" + line + ": " + message, true);
    }
}
