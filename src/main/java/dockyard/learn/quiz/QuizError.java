package dockyard.learn.quiz;

/**
 * A request the quiz cannot carry out, refused before anything changed. The web turns {@link Kind} into a
 * 4xx status and {@code messageKey} into the learner's language.
 */
public final class QuizError extends RuntimeException {
    public enum Kind { NOT_FOUND, FORBIDDEN, CONFLICT, BAD_INPUT }

    private final Kind kind;
    private final String messageKey;
    private final transient Object[] args;

    public QuizError(Kind kind, String messageKey, Object... args) {
        super(messageKey);
        this.kind = kind;
        this.messageKey = messageKey;
        this.args = args;
    }

    public Kind kind() { return kind; }
    public String messageKey() { return messageKey; }
    public Object[] args() { return args; }

    static QuizError notFound(String key, Object... args) { return new QuizError(Kind.NOT_FOUND, key, args); }
    static QuizError forbidden(String key, Object... args) { return new QuizError(Kind.FORBIDDEN, key, args); }
    static QuizError conflict(String key, Object... args) { return new QuizError(Kind.CONFLICT, key, args); }
    static QuizError badInput(String key, Object... args) { return new QuizError(Kind.BAD_INPUT, key, args); }
}
