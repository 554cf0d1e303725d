package dockyard.sim.docker;

import java.util.ArrayList;
import java.util.List;

/** Splits {@code sh} source into words (with their quoting) and operators, for {@link ShScript}. */
final class ShLexer {
    /** An operator (word == null) or a word (text is its raw form, for messages). */
    record Token(String text, ShScript.Word word) {
    }

    private ShLexer() {
    }

    static List<Token> lex(String s) {
        List<Token> out = new ArrayList<>();
        int i = 0;
        int n = s.length();
        while (i < n) {
            char c = s.charAt(i);
            if (c == ' ' || c == '\t' || c == '\r') {
                i++;
                continue;
            }
            if (c == '\\' && i + 1 < n && s.charAt(i + 1) == '\n') {
                i += 2;
                continue;
            }
            if (c == '#') {
                while (i < n && s.charAt(i) != '\n') i++;
                continue;
            }
            String op = operatorAt(s, i);
            if (op != null) {
                out.add(new Token(op, null));
                i += op.length();
                continue;
            }
            int start = i;
            List<ShScript.Part> parts = new ArrayList<>();
            StringBuilder cur = new StringBuilder();
            while (i < n) {
                c = s.charAt(i);
                if (c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == ';' || c == '&' || c == '|' || c == '<' || c == '>'
                        || c == '(' || c == ')') {
                    break;
                }
                if (c == '\\') {
                    if (i + 1 < n && s.charAt(i + 1) == '\n') {
                        i += 2;
                        continue;
                    }
                    flush(parts, cur, true);
                    // A backslash at the very end stands for itself.
                    parts.add(new ShScript.Part(String.valueOf(i + 1 < n ? s.charAt(i + 1) : '\\'), false));
                    i = Math.min(n, i + 2);
                } else if (c == '\'') {
                    int end = s.indexOf('\'', i + 1);
                    if (end < 0) throw new ShScript.SyntaxError("Syntax error: Unterminated quoted string");
                    flush(parts, cur, true);
                    parts.add(new ShScript.Part(s.substring(i + 1, end), false));
                    i = end + 1;
                } else if (c == '"') {
                    flush(parts, cur, true);
                    i++;
                    StringBuilder q = new StringBuilder();
                    boolean closed = false;
                    while (i < n) {
                        char d = s.charAt(i);
                        if (d == '"') {
                            closed = true;
                            i++;
                            break;
                        }
                        if (d == '\\' && i + 1 < n && "\"\\$`\n".indexOf(s.charAt(i + 1)) >= 0) {
                            char e = s.charAt(i + 1);
                            if (e != '\n') {
                                flush(parts, q, true);
                                parts.add(new ShScript.Part(String.valueOf(e), false));
                            }
                            i += 2;
                        } else if (d == '$' && i + 1 < n && s.charAt(i + 1) == '(') {
                            int end = balanced(s, i + 1);
                            q.append(s, i, end);
                            i = end;
                        } else if (d == '`') {
                            int end = s.indexOf('`', i + 1);
                            if (end < 0) throw new ShScript.SyntaxError("Syntax error: EOF in backquote substitution");
                            q.append("$(").append(s, i + 1, end).append(')');
                            i = end + 1;
                        } else {
                            q.append(d);
                            i++;
                        }
                    }
                    if (!closed) throw new ShScript.SyntaxError("Syntax error: Unterminated quoted string");
                    parts.add(new ShScript.Part(q.toString(), true));
                } else if (c == '$' && i + 1 < n && s.charAt(i + 1) == '(') {
                    int end = balanced(s, i + 1);
                    cur.append(s, i, end);
                    i = end;
                } else if (c == '`') {
                    int end = s.indexOf('`', i + 1);
                    if (end < 0) throw new ShScript.SyntaxError("Syntax error: EOF in backquote substitution");
                    cur.append("$(").append(s, i + 1, end).append(')');
                    i = end + 1;
                } else {
                    cur.append(c);
                    i++;
                }
            }
            if (i < n && (s.charAt(i) == '(' || s.charAt(i) == ')') && i == start) {
                throw new ShScript.SyntaxError("Syntax error: \"" + s.charAt(i) + "\" unexpected");
            }
            flush(parts, cur, true);
            if (parts.isEmpty()) {
                throw new ShScript.SyntaxError("Syntax error: \"" + s.charAt(i) + "\" unexpected");
            }
            String raw = s.substring(start, i);
            if (raw.equals("{") || raw.equals("}")) out.add(new Token(raw, null));
            else out.add(new Token(raw, new ShScript.Word(parts)));
        }
        return out;
    }

    private static void flush(List<ShScript.Part> parts, StringBuilder cur, boolean expand) {
        if (cur.length() > 0) {
            parts.add(new ShScript.Part(cur.toString(), expand));
            cur.setLength(0);
        }
    }

    /** Index just past the parenthesis closing the one at {@code open}. */
    private static int balanced(String s, int open) {
        int depth = 0;
        for (int i = open; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '(') depth++;
            else if (c == ')' && --depth == 0) return i + 1;
            else if (c == '\'') {
                int end = s.indexOf('\'', i + 1);
                if (end < 0) break;
                i = end;
            }
        }
        throw new ShScript.SyntaxError("Syntax error: end of file unexpected (expecting \")\")");
    }

    private static String operatorAt(String s, int i) {
        for (String op : new String[]{"2>&1", "2>>", ">&2", "&&", "||", ">>", "2>", ";;", ";", "&", "|", "<", ">", "\n"}) {
            if (s.startsWith(op, i)) {
                if (op.startsWith("2") && i > 0 && !Character.isWhitespace(s.charAt(i - 1))) continue;
                if (op.equals(";;")) throw new ShScript.SyntaxError("Syntax error: \";;\" unexpected");
                return op;
            }
        }
        if (s.charAt(i) == '(' || s.charAt(i) == ')') {
            throw new ShScript.SyntaxError("Syntax error: \"" + s.charAt(i) + "\" unexpected");
        }
        return null;
    }
}
