package dockyard.sim.docker;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** A parsed Dockerfile: its instructions with line numbers, or Docker's parse error. */
final class Dockerfile {
    static final Set<String> KNOWN = Set.of("FROM", "RUN", "COPY", "ADD", "ENV", "ARG", "WORKDIR", "EXPOSE", "USER", "LABEL",
            "ENTRYPOINT", "CMD", "HEALTHCHECK", "STOPSIGNAL", "VOLUME", "SHELL", "ONBUILD", "MAINTAINER");
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** One instruction: keyword (upper case), its arguments as written, and the line it starts on (1-based). */
    record Instruction(String keyword, String args, int line, String original) {
        /** Exec form ({@code ["a","b"]}) as a list, or null when it is shell form. */
        List<String> execForm() {
            String a = args.strip();
            if (!a.startsWith("[")) return null;
            try {
                JsonNode n = MAPPER.readTree(a);
                if (!n.isArray()) return null;
                List<String> out = new ArrayList<>();
                for (JsonNode e : n) {
                    if (!e.isTextual()) return null;
                    out.add(e.asText());
                }
                return out;
            } catch (java.io.IOException e) {
                return null;
            }
        }
    }

    /** A parse error; the message follows {@code ERROR: failed to solve: }. */
    static final class ParseError extends RuntimeException {
        ParseError(String message) {
            super(message);
        }
    }

    private Dockerfile() {
    }

    static List<Instruction> parse(String text) {
        List<Instruction> out = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        int i = 0;
        while (i < lines.length) {
            String line = lines[i].stripTrailing();
            int start = i + 1;
            i++;
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) continue;
            StringBuilder full = new StringBuilder();
            while (line.endsWith("\\")) {
                full.append(line, 0, line.length() - 1).append(' ');
                // Continuation lines skip comments and blank lines, as Docker does.
                while (i < lines.length && (lines[i].strip().startsWith("#") || lines[i].isBlank())) i++;
                line = i < lines.length ? lines[i++].stripTrailing() : "";
            }
            full.append(line);
            String inst = full.toString().strip();
            int sp = indexOfSpace(inst);
            String keyword = (sp < 0 ? inst : inst.substring(0, sp)).toUpperCase(Locale.ROOT);
            String args = sp < 0 ? "" : inst.substring(sp + 1).strip();
            if (!KNOWN.contains(keyword)) {
                String orig = sp < 0 ? inst : inst.substring(0, sp);
                String hint = suggestion(keyword);
                throw new ParseError("dockerfile parse error on line " + start + ": unknown instruction: " + orig
                        + (hint == null ? "" : " (did you mean " + hint.toLowerCase(Locale.ROOT) + "?)"));
            }
            if (args.isEmpty() && !keyword.equals("HEALTHCHECK")) {
                throw new ParseError("dockerfile parse error on line " + start + ": " + keyword + " requires at least one argument");
            }
            out.add(new Instruction(keyword, args, start, inst));
        }
        if (out.isEmpty()) throw new ParseError("the Dockerfile cannot be empty");
        for (Instruction in : out) {
            if (in.keyword().equals("FROM")) break;
            if (!in.keyword().equals("ARG")) {
                throw new ParseError("dockerfile parse error on line " + in.line() + ": no build stage in current context");
            }
        }
        if (out.stream().noneMatch(in -> in.keyword().equals("FROM"))) {
            throw new ParseError("dockerfile parse error on line " + out.get(out.size() - 1).line() + ": no build stage in current context");
        }
        return out;
    }

    private static int indexOfSpace(String s) {
        for (int i = 0; i < s.length(); i++) if (Character.isWhitespace(s.charAt(i))) return i;
        return -1;
    }

    /** Docker suggests the closest instruction (edit distance ≤ 2). */
    private static String suggestion(String word) {
        String best = null;
        int bestD = 3;
        for (String k : KNOWN.stream().sorted().toList()) {
            int d = distance(word, k);
            if (d < bestD) {
                bestD = d;
                best = k;
            }
        }
        return best;
    }

    private static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) prev[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            int[] cur = new int[b.length() + 1];
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1));
            }
            prev = cur;
        }
        return prev[b.length()];
    }
}
