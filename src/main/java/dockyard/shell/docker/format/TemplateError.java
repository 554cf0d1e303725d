package dockyard.shell.docker.format;

/** A Go template that does not parse or fails while executing; the message is Go's ({@code template: :1: …}). */
public final class TemplateError extends Exception {
    private final boolean parsing;

    TemplateError(String message, boolean parsing) {
        super(message, null, false, false);
        this.parsing = parsing;
    }

    /** True when the template did not parse (Docker prefixes these with {@code template parsing error: }). */
    public boolean parsing() {
        return parsing;
    }
}
