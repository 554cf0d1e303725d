package dockyard.shell.parse;

import java.util.List;

/**
 * The parsed form of a sandbox command line: the subset of bash grammar learners type (lists joined by
 * {@code ;}, {@code &&} and {@code ||}, pipelines, simple commands with assignments and redirections).
 * Words keep their parts unexpanded so variables are read when the command runs.
 */
public final class Ast {
    private Ast() {
    }

    /** Items run in order; {@code ;} and newlines separate them. */
    public record Script(List<AndOr> items) {
    }

    /** Pipelines joined by {@code &&} / {@code ||}; {@code ops.get(i)} joins pipeline i and i+1. */
    public record AndOr(List<Pipeline> pipelines, List<String> ops) {
    }

    /** Commands whose standard output feeds the next one's standard input; {@code !} negates the exit code. */
    public record Pipeline(List<SimpleCommand> commands, boolean negated) {
    }

    /** {@code NAME=value ... word ... redirections}. */
    public record SimpleCommand(List<Assignment> assignments, List<Word> words, List<Redirect> redirects) {
    }

    public record Assignment(String name, Word value) {
    }

    /**
     * A redirection of file descriptor {@code fd}: {@code op} is {@code >}, {@code >>}, {@code <}, {@code >&}
     * (duplicate, target is a descriptor number) or {@code <<} (a heredoc, whose body is {@code heredoc}).
     */
    public record Redirect(int fd, String op, Word target, Word heredoc) {
    }

    /** One shell word: its parts are joined, and unquoted expansions are split on blanks. */
    public record Word(List<Part> parts) {
        /** The word's text when it has no expansions (command names, operators' operands), else null. */
        public String literal() {
            StringBuilder sb = new StringBuilder();
            for (Part p : parts) {
                if (!(p instanceof Lit l)) return null;
                sb.append(l.text());
            }
            return sb.toString();
        }
    }

    /** A piece of a word. */
    public sealed interface Part permits Lit, Var, Sub {
    }

    /** Literal text; {@code quoted} text is never split or tilde-expanded. */
    public record Lit(String text, boolean quoted) implements Part {
    }

    /**
     * A parameter: {@code $NAME}, {@code ${NAME}}, {@code $?}; {@code op} is null or one of {@code :-}, {@code -},
     * {@code :=}, {@code :+}, {@code :?}, the pattern removals {@code #}, {@code ##}, {@code %}, {@code %%}
     * (with {@code arg} the glob pattern), or {@code length} ({@code ${#NAME}}, no arg).
     */
    public record Var(String name, boolean quoted, String op, Word arg) implements Part {
    }

    /** A command substitution {@code $(...)} or {@code `...`}. */
    public record Sub(Script script, boolean quoted) implements Part {
    }
}
