package dockyard.sim.ecs;

import dockyard.sim.AwsException;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The cluster query language (DG cluster-query-language): {@code subject operator [argument]} joined with
 * {@code &&}/{@code and}, {@code ||}/{@code or}, {@code !}/{@code not} and parentheses. Subjects:
 * {@code agentConnected}, {@code agentVersion}, {@code attribute:<name>}, {@code ec2InstanceId},
 * {@code registeredAt}, {@code runningTasksCount}, {@code task:group}. Parsed once, evaluated per instance.
 */
public final class ClusterQuery {
    /** What the query asks of one container instance: a subject's values (empty when absent). */
    public interface Subject extends Function<String, List<String>> {
    }

    private interface Node {
        boolean eval(Subject s);
    }

    private static final List<String> SYMBOLS = List.of("!exists", "!in", "!~", "!=", "==", "=~", ">=", "<=", "&&", "||", ">", "<", "!");
    private static final Set<String> OPERATORS = Set.of("==", "equals", "!=", "not_equals", ">", ">=", "<", "<=", "exists",
            "!exists", "not_exists", "in", "!in", "not_in", "=~", "matches", "!~", "not_matches");

    private final String text;
    private final Node root;
    private List<String> tokens;
    private int pos;

    private ClusterQuery(String text) {
        this.text = text;
        this.tokens = tokenize(text);
        this.root = parseOr();
        if (pos < tokens.size()) throw error("unexpected '" + tokens.get(pos) + "'");
        this.tokens = null;
    }

    /** Parses an expression; throws {@code InvalidParameterException} when it is not valid. */
    public static ClusterQuery parse(String expression) {
        if (expression == null || expression.isBlank()) {
            throw AwsException.client("InvalidParameterException", "The cluster query language expression must not be empty.");
        }
        return new ClusterQuery(expression.trim());
    }

    public boolean matches(Subject subject) {
        return root.eval(subject);
    }

    public String text() { return text; }

    private AwsException error(String detail) {
        return AwsException.client("InvalidParameterException", "Invalid cluster query language expression '" + text + "': " + detail + ".");
    }

    private List<String> tokenize(String s) {
        List<String> out = new ArrayList<>();
        int i = 0;
        outer:
        while (i < s.length()) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) { i++; continue; }
            if ("()[],".indexOf(c) >= 0) { out.add(String.valueOf(c)); i++; continue; }
            if (c == '\'' || c == '"') {
                int end = s.indexOf(c, i + 1);
                if (end < 0) throw error("unterminated quote");
                out.add("\u0000" + s.substring(i + 1, end));
                i = end + 1;
                continue;
            }
            for (String sym : SYMBOLS) {
                if (s.startsWith(sym, i)) { out.add(sym); i += sym.length(); continue outer; }
            }
            int start = i;
            while (i < s.length() && !Character.isWhitespace(s.charAt(i)) && "()[],".indexOf(s.charAt(i)) < 0) i++;
            out.add(s.substring(start, i));
        }
        return out;
    }

    private String peek() {
        return pos < tokens.size() ? tokens.get(pos) : null;
    }

    private String next() {
        if (pos >= tokens.size()) throw error("unexpected end of expression");
        return tokens.get(pos++);
    }

    private static boolean is(String token, String... options) {
        if (token == null) return false;
        for (String o : options) if (o.equalsIgnoreCase(token)) return true;
        return false;
    }

    private Node parseOr() {
        Node left = parseAnd();
        while (is(peek(), "||", "or")) {
            pos++;
            Node l = left, r = parseAnd();
            left = s -> l.eval(s) || r.eval(s);
        }
        return left;
    }

    private Node parseAnd() {
        Node left = parseUnary();
        while (is(peek(), "&&", "and")) {
            pos++;
            Node l = left, r = parseUnary();
            left = s -> l.eval(s) && r.eval(s);
        }
        return left;
    }

    private Node parseUnary() {
        if (is(peek(), "!", "not")) {
            pos++;
            Node inner = parseUnary();
            return s -> !inner.eval(s);
        }
        if ("(".equals(peek())) {
            pos++;
            Node inner = parseOr();
            if (!")".equals(next())) throw error("missing ')'");
            return inner;
        }
        return parseComparison();
    }

    private Node parseComparison() {
        String subject = next();
        if (!(subject.startsWith("attribute:") && subject.length() > 10) && !is(subject, "agentConnected", "agentVersion",
                "ec2InstanceId", "registeredAt", "runningTasksCount", "task:group")) {
            throw error("unknown subject '" + subject + "'");
        }
        String op = next().toLowerCase(Locale.ROOT);
        if (!OPERATORS.contains(op)) throw error("unknown operator '" + op + "'");
        String key = subject.startsWith("attribute:") ? subject : subject.toLowerCase(Locale.ROOT);
        switch (op) {
            case "exists":
                return s -> !s.apply(key).isEmpty();
            case "!exists", "not_exists":
                return s -> s.apply(key).isEmpty();
            case "in", "!in", "not_in": {
                List<String> list = list();
                boolean negate = !op.equals("in");
                return s -> negate != s.apply(key).stream().anyMatch(list::contains);
            }
            default: {
                String arg = value(next());
                if (op.equals("=~") || op.equals("matches") || op.equals("!~") || op.equals("not_matches")) {
                    Pattern p;
                    try {
                        p = Pattern.compile(arg);
                    } catch (PatternSyntaxException e) {
                        throw error("invalid regular expression '" + arg + "'");
                    }
                    boolean negate = op.startsWith("!") || op.startsWith("not");
                    return s -> negate != s.apply(key).stream().anyMatch(v -> p.matcher(new Bounded(v, text)).matches());
                }
                return switch (op) {
                    case "==", "equals" -> s -> s.apply(key).stream().anyMatch(v -> compare(v, arg) == 0);
                    case "!=", "not_equals" -> s -> s.apply(key).stream().noneMatch(v -> compare(v, arg) == 0);
                    case ">" -> s -> s.apply(key).stream().anyMatch(v -> compare(v, arg) > 0);
                    case ">=" -> s -> s.apply(key).stream().anyMatch(v -> compare(v, arg) >= 0);
                    case "<" -> s -> s.apply(key).stream().anyMatch(v -> compare(v, arg) < 0);
                    default -> s -> s.apply(key).stream().anyMatch(v -> compare(v, arg) <= 0);
                };
            }
        }
    }

    private List<String> list() {
        List<String> out = new ArrayList<>();
        if (!"[".equals(peek())) {
            out.add(value(next()));
            return out;
        }
        pos++;
        while (true) {
            String t = next();
            if ("]".equals(t)) break;
            if (",".equals(t)) continue;
            out.add(value(t));
        }
        return out;
    }

    private static String value(String token) {
        return token.startsWith("\u0000") ? token.substring(1) : token;
    }

    /**
     * The matched text, counting character reads: a regular expression that backtracks catastrophically is stopped
     * with a clear error instead of freezing the sandbox (values are at most a few hundred characters).
     */
    private static final class Bounded implements CharSequence {
        private static final int BUDGET = 1_000_000;
        private final String s;
        private final String expression;
        private final int[] reads;

        Bounded(String s, String expression) {
            this(s, expression, new int[1]);
        }

        private Bounded(String s, String expression, int[] reads) {
            this.s = s;
            this.expression = expression;
            this.reads = reads;
        }

        @Override
        public int length() { return s.length(); }

        @Override
        public char charAt(int index) {
            if (++reads[0] > BUDGET) {
                throw AwsException.client("InvalidParameterException", "The regular expression in '" + expression
                        + "' is too expensive to evaluate; simplify it.");
            }
            return s.charAt(index);
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return new Bounded(s.substring(start, end), expression, reads);
        }

        @Override
        public String toString() { return s; }
    }

    private static int compare(String a, String b) {
        try {
            return Double.compare(Double.parseDouble(a), Double.parseDouble(b));
        } catch (NumberFormatException e) {
            return a.compareTo(b);
        }
    }
}
