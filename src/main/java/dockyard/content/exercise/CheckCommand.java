package dockyard.content.exercise;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The rules a goal's check obeys so that running it can never change the sandbox: one simple command, no
 * pipes, redirections, substitutions or variables; either {@code aws SERVICE OPERATION … --query …} with a
 * Describe, List, Get or Head operation (or {@code logs filter-log-events}), or a read-only {@code docker} listing.
 */
public final class CheckCommand {
    /** docker subcommands (and their {@code image}/{@code container} spellings) that only read. */
    static final Set<String> DOCKER_READS = Set.of("images", "ps", "inspect", "history", "image ls", "image list",
            "image inspect", "image history", "container ls", "container list", "container inspect");
    /** Get operations that create something (a token) and so are not reads. */
    static final Set<String> NOT_READS = Set.of("get-login-password", "get-authorization-token", "get-login");

    private CheckCommand() {
    }

    /** What is wrong with {@code check}, or empty when it is a valid read-only check. */
    public static Optional<String> problem(String check) {
        if (check == null || check.isBlank()) return Optional.of("has no 'check' command");
        List<String> words;
        try {
            words = words(check);
        } catch (IllegalArgumentException e) {
            return Optional.of("check '" + check + "': " + e.getMessage());
        }
        if (words.isEmpty()) return Optional.of("has no 'check' command");
        String tool = words.get(0);
        if (tool.equals("aws")) {
            List<String> plain = words.stream().filter(w -> !w.startsWith("--")).toList();
            if (plain.size() < 3) return Optional.of("check '" + check + "' names no service and operation");
            String op = plain.get(2);
            boolean read = (op.startsWith("describe-") || op.startsWith("list-") || op.startsWith("get-") || op.startsWith("head-")
                    || op.equals("filter-log-events")) && !NOT_READS.contains(op);
            if (!read) return Optional.of("check '" + check + "' must use a describe-, list-, get- or head- operation, or filter-log-events (it only reads)");
            if (words.stream().noneMatch(w -> w.equals("--query") || w.startsWith("--query="))) {
                return Optional.of("check '" + check + "' needs --query to pick the value compared");
            }
            if (words.stream().anyMatch(w -> w.equals("--output") || w.startsWith("--output="))) {
                return Optional.of("check '" + check + "' must not set --output: results are compared as JSON");
            }
            return Optional.empty();
        }
        if (tool.equals("docker")) {
            String sub = words.size() > 1 ? words.get(1) : "";
            String two = words.size() > 2 ? sub + " " + words.get(2) : sub;
            if (DOCKER_READS.contains(sub) || DOCKER_READS.contains(two)) return Optional.empty();
            return Optional.of("check '" + check + "': docker checks may only list or inspect (" + String.join(", ", DOCKER_READS.stream().sorted().toList()) + ")");
        }
        return Optional.of("check '" + check + "' must start with 'aws' or 'docker'");
    }

    /**
     * The words of a check as the shell would split them: blanks separate, single and double quotes group (no
     * escapes inside single quotes). Refuses what would make it more than one plain command.
     */
    public static List<String> words(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder w = new StringBuilder();
        boolean inWord = false;
        char quote = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quote != 0) {
                if (c == quote) quote = 0;
                else if (quote == '"' && (c == '$' || c == '`')) throw new IllegalArgumentException("no variables or substitutions");
                else w.append(c);
                continue;
            }
            if (c == '\'' || c == '"') {
                quote = c;
                inWord = true;
            } else if (c == ' ' || c == '\t') {
                if (inWord) out.add(w.toString());
                w.setLength(0);
                inWord = false;
            } else if ("|;&<>$`\\\n(){}".indexOf(c) >= 0) {
                throw new IllegalArgumentException("one plain command only (no '" + c + "')");
            } else {
                w.append(c);
                inWord = true;
            }
        }
        if (quote != 0) throw new IllegalArgumentException("a quote is not closed");
        if (inWord) out.add(w.toString());
        return out;
    }
}
