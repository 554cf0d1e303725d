package dockyard.shell.docker.format;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits the inside of one template action into tokens: fields ({@code .A.B}), variables ({@code $x.A}), strings
 * (Go's {@code "…"} escapes, raw {@code `…`}), numbers, identifiers, {@code ( ) | , :=}. Positions are byte
 * offsets in the whole template, for Go's error locations.
 */
final class Lexer {
    /**
     * One token. Kinds: {@code .} field or dot, {@code $} variable, {@code "} string, {@code 0} number, {@code i}
     * identifier, {@code =} declaration, and the punctuation itself for {@code ( ) | ,}.
     */
    record Tok(char kind, String text, int pos, int end, boolean spaceBefore) {
    }

    /** Builds the parse error for a position (so the line number is counted over the whole template). */
    interface Errors {
        TemplateError at(int pos, String message);
    }

    private final Errors errors;

    Lexer(Errors errors) {
        this.errors = errors;
    }

    List<Tok> lex(String s, int base) throws TemplateError {
        List<Tok> out = new ArrayList<>();
        int i = 0;
        boolean space = true;
        while (i < s.length()) {
            char c = s.charAt(i);
            int pos = base + i;
            if (Character.isWhitespace(c)) {
                space = true;
                i++;
                continue;
            }
            int j = i + 1;
            char kind;
            String text;
            if (c == '.' || c == '$') {
                while (j < s.length() && (ident(s.charAt(j)) || s.charAt(j) == '.' && j + 1 < s.length() && ident(s.charAt(j + 1)))) j++;
                kind = c;
                text = s.substring(i, j);
            } else if (c == '"' || c == '`') {
                StringBuilder b = new StringBuilder();
                while (j < s.length() && s.charAt(j) != c) {
                    char d = s.charAt(j);
                    if (d == '\\' && c == '"' && j + 1 < s.length()) {
                        char e = s.charAt(++j);
                        b.append(switch (e) {
                            case 'n' -> '\n';
                            case 't' -> '\t';
                            case 'r' -> '\r';
                            default -> e;
                        });
                    } else {
                        b.append(d);
                    }
                    j++;
                }
                j++;
                kind = '"';
                text = b.toString();
            } else if (Character.isDigit(c) || (c == '-' || c == '+') && i + 1 < s.length() && Character.isDigit(s.charAt(i + 1))) {
                while (j < s.length() && (Character.isDigit(s.charAt(j)) || s.charAt(j) == '.')) j++;
                kind = '0';
                text = s.substring(i, j);
            } else if (ident(c)) {
                while (j < s.length() && ident(s.charAt(j))) j++;
                kind = 'i';
                text = s.substring(i, j);
            } else if (c == ':' && j < s.length() && s.charAt(j) == '=') {
                j++;
                kind = '=';
                text = ":=";
            } else if ("()|,".indexOf(c) >= 0) {
                kind = c;
                text = String.valueOf(c);
            } else {
                throw errors.at(pos, "unexpected " + quoteChar(c) + " in command");
            }
            out.add(new Tok(kind, text, pos, base + j, space));
            space = false;
            i = j;
        }
        return out;
    }

    private static boolean ident(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }

    private static String quoteChar(char c) {
        return "\"" + c + "\"";
    }
}
