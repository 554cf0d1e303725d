package dockyard.shell.aws;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The AWS CLI's shorthand syntax ({@code Key=value,Key2=[a,b],Key3={K=v}}, with {@code a,b} lists), after
 * awscli's {@code shorthand.py}: values come out as strings, lists and objects; {@link Params} then converts them
 * to the member types.
 */
final class Shorthand {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private final String in;
    private int i;

    /** A shorthand value the CLI cannot parse, with its message ({@code Expected: '=', received: 'EOF' for input: …}). */
    static final class Error extends Exception {
        Error(String message) {
            super(message, null, false, false);
        }
    }

    private Shorthand(String in) {
        this.in = in;
    }

    static ObjectNode parse(String value) throws Error {
        Shorthand p = new Shorthand(value);
        ObjectNode out = F.objectNode();
        while (true) {
            p.keyValue(out);
            p.ws();
            if (p.eof()) return out;
            p.expect(',');
        }
    }

    private void keyValue(ObjectNode target) throws Error {
        ws();
        int start = i;
        while (!eof() && in.charAt(i) != '=' && in.charAt(i) != ',') i++;
        String key = in.substring(start, i).strip();
        if (key.isEmpty() && !eof() && in.charAt(i) == '=') throw error("key");
        expect('=');
        target.set(key, values());
    }

    private JsonNode values() throws Error {
        ws();
        if (!eof() && in.charAt(i) == '[') return explicitList();
        if (!eof() && in.charAt(i) == '{') return hash();
        return csv();
    }

    private JsonNode explicitList() throws Error {
        expect('[');
        ArrayNode list = F.arrayNode();
        ws();
        if (!eof() && in.charAt(i) == ']') {
            i++;
            return list;
        }
        while (true) {
            ws();
            if (!eof() && in.charAt(i) == '[') list.add(explicitList());
            else if (!eof() && in.charAt(i) == '{') list.add(hash());
            else list.add(single(true));
            ws();
            if (!eof() && in.charAt(i) == ',') {
                i++;
                continue;
            }
            expect(']');
            return list;
        }
    }

    private JsonNode hash() throws Error {
        expect('{');
        ObjectNode obj = F.objectNode();
        ws();
        if (!eof() && in.charAt(i) == '}') {
            i++;
            return obj;
        }
        while (true) {
            keyValue(obj);
            ws();
            if (!eof() && in.charAt(i) == ',') {
                i++;
                continue;
            }
            expect('}');
            return obj;
        }
    }

    private JsonNode csv() throws Error {
        String first = single(false);
        ws();
        if (eof() || in.charAt(i) != ',') return F.textNode(first);
        ArrayNode list = F.arrayNode().add(first);
        while (!eof() && in.charAt(i) == ',') {
            int save = i;
            i++;
            ws();
            if (eof()) {
                i = save;
                break;
            }
            String v = quoteAhead() ? quoted() : unquoted(true);
            ws();
            if (v.isEmpty() || (!eof() && in.charAt(i) == '=')) {
                i = save;
                break;
            }
            list.add(v);
        }
        return list.size() == 1 ? F.textNode(first) : list;
    }

    private String single(boolean inList) throws Error {
        ws();
        if (quoteAhead()) return quoted();
        return unquoted(inList);
    }

    private String unquoted(boolean second) {
        StringBuilder sb = new StringBuilder();
        while (!eof()) {
            char c = in.charAt(i);
            if (c == '\\' && i + 1 < in.length() && in.charAt(i + 1) == ',') {
                sb.append(',');
                i += 2;
                continue;
            }
            if (c == ',' || c == ']' || c == '}' || (second && c == '=')) break;
            sb.append(c);
            i++;
        }
        return sb.toString().strip();
    }

    private boolean quoteAhead() {
        return !eof() && (in.charAt(i) == '"' || in.charAt(i) == '\'');
    }

    private String quoted() throws Error {
        char q = in.charAt(i++);
        StringBuilder sb = new StringBuilder();
        while (true) {
            if (eof()) throw error(String.valueOf(q));
            char c = in.charAt(i++);
            if (c == q) return sb.toString();
            if (c == '\\' && !eof() && (in.charAt(i) == q || in.charAt(i) == '\\')) c = in.charAt(i++);
            sb.append(c);
        }
    }

    private void expect(char c) throws Error {
        if (eof() || in.charAt(i) != c) throw error(String.valueOf(c));
        i++;
    }

    private Error error(String expected) {
        String got = eof() ? "EOF" : String.valueOf(in.charAt(i));
        return new Error("Expected: '" + expected + "', received: '" + got + "' for input:\n" + in + "\n" + " ".repeat(i) + "^");
    }

    private void ws() {
        while (!eof() && Character.isWhitespace(in.charAt(i))) i++;
    }

    private boolean eof() {
        return i >= in.length();
    }
}
