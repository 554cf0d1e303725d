package dockyard.learn.sandbox;

/**
 * Why a sandbox request was refused; nothing was changed. The web layer turns each reason into a status and
 * a message in the learner's language.
 */
public final class SandboxError extends RuntimeException {
    /** The reasons a request is refused. */
    public enum Reason {
        /** No such sandbox, or it belongs to someone else (the two are indistinguishable on purpose). */
        NOT_FOUND,
        /** A shared copy is read-only. */
        READ_ONLY,
        /** Too many commands in the rate-limit window; {@link #retryAfterSeconds()} says how long to wait. */
        RATE_LIMITED,
        /** The command is longer than the shell accepts (64 KiB). */
        TOO_LONG,
        /** A file path outside the learner's home, or an unusable one. */
        BAD_PATH,
        /** Nothing left to undo. */
        NOTHING_TO_UNDO
    }

    private final Reason reason;
    private final long retryAfterSeconds;

    public SandboxError(Reason reason) {
        this(reason, 0);
    }

    public SandboxError(Reason reason, long retryAfterSeconds) {
        super(reason.name());
        this.reason = reason;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public Reason reason() { return reason; }

    public long retryAfterSeconds() { return retryAfterSeconds; }
}
