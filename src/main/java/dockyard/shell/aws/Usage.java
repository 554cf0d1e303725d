package dockyard.shell.aws;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/** The AWS CLI v2's usage errors, worded and laid out as it prints them. */
final class Usage {
    static final String USAGE = """
            usage: aws [options] <command> <subcommand> [<subcommand> ...] [parameters]
            To see help text, you can run:

              aws help
              aws <command> help
              aws <command> <subcommand> help
            """;

    private Usage() {
    }

    /** An argparse error: the usage block, then {@code aws: error: …} (exit 252). */
    static CliError error(String message) {
        return CliError.usage("\n" + USAGE + "\naws: error: " + message + "\n");
    }

    /** {@code Unknown options: --foo, bar}, with close parameter names when there are some. */
    static CliError unknownOptions(List<String> unknown, Collection<String> known) {
        StringBuilder sb = new StringBuilder("\n" + USAGE + "\nUnknown options: " + String.join(", ", unknown) + "\n");
        for (String u : unknown) {
            if (!u.startsWith("--")) continue;
            List<String> close = closeMatches(u, known);
            if (!close.isEmpty()) {
                sb.append("\nMaybe you meant:\n\n");
                for (String c : close) sb.append("  * ").append(c).append('\n');
                break;
            }
        }
        return CliError.usage(sb.toString());
    }

    /**
     * An unknown service or operation, as AWS CLI v2 reports it since it stopped listing every choice
     * (aws/aws-cli pull request 9457): {@code aws: error: argument operation: Found invalid choice 'x'}, close
     * matches, then the usage block.
     */
    static CliError invalidChoice(String argument, String value, Collection<String> choices) {
        StringBuilder sb = new StringBuilder("\naws: error: argument " + argument + ": Found invalid choice '" + value + "'\n\n");
        List<String> close = closeMatches(value, choices);
        if (!close.isEmpty()) {
            sb.append("Maybe you meant:\n\n");
            for (String c : close) sb.append("  * ").append(c).append('\n');
            sb.append('\n');
        }
        sb.append(USAGE);
        return CliError.usage(sb.toString());
    }

    /** Python's {@code difflib.get_close_matches(word, choices, n=3, cutoff=0.6)}. */
    static List<String> closeMatches(String word, Collection<String> choices) {
        record Scored(String choice, double score) {
        }
        List<Scored> scored = new ArrayList<>();
        for (String c : choices) {
            double r = ratio(word, c);
            if (r >= 0.6) scored.add(new Scored(c, r));
        }
        scored.sort(Comparator.comparingDouble(Scored::score).reversed().thenComparing(Scored::choice, Comparator.reverseOrder()));
        return scored.stream().limit(3).map(Scored::choice).toList();
    }

    /** difflib's {@code SequenceMatcher.ratio()}: 2·M / T over the recursively found longest matching blocks. */
    static double ratio(String a, String b) {
        int total = a.length() + b.length();
        return total == 0 ? 1.0 : 2.0 * matches(a, 0, a.length(), b, 0, b.length()) / total;
    }

    private static int matches(String a, int alo, int ahi, String b, int blo, int bhi) {
        int bestI = alo;
        int bestJ = blo;
        int best = 0;
        for (int i = alo; i < ahi; i++) {
            for (int j = blo; j < bhi; j++) {
                int k = 0;
                while (i + k < ahi && j + k < bhi && a.charAt(i + k) == b.charAt(j + k)) k++;
                if (k > best) {
                    best = k;
                    bestI = i;
                    bestJ = j;
                }
            }
        }
        if (best == 0) return 0;
        return best + matches(a, alo, bestI, b, blo, bestJ) + matches(a, bestI + best, ahi, b, bestJ + best, bhi);
    }
}
