package dockyard.store;

/** One review of a learner's card with the rating (1–4) it got at {@code reviewedAt} (epoch ms). */
public record CardReview(long learnerId, String key, int rating, long reviewedAt, CardStep step) {
}
