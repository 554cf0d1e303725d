package dockyard.shell.parse;

/**
 * A line bash would refuse, with bash's message (e.g. {@code syntax error near unexpected token `|'}).
 * {@link #incomplete()} is true when more lines would complete it (open quote, trailing {@code \},
 * unfinished heredoc, trailing {@code |}).
 */
public final class ParseException extends Exception {
    private final boolean incomplete;

    public ParseException(String message, boolean incomplete) {
        super(message, null, false, false);
        this.incomplete = incomplete;
    }

    public boolean incomplete() {
        return incomplete;
    }
}
