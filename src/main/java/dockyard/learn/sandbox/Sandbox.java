package dockyard.learn.sandbox;

/**
 * A sandbox: who owns it, its seed, and what it is for. {@code publicId} is what URLs show;
 * {@code shareToken} is null until the owner shares it.
 *
 * @param kind       {@code free}, {@code exercise} or {@code question} (a hands-on question's own sandbox)
 * @param exerciseId the exercise it belongs to, the hands-on answer it serves ({@code {question}@{attempt}/{position}}), or null
 */
public record Sandbox(long id, String publicId, long ownerId, long seed, String kind, String exerciseId, String shareToken) {
    public static final String FREE = "free";
    public static final String EXERCISE = "exercise";
    public static final String QUESTION = "question";
}
