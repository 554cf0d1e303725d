package dockyard.store;

/** A card's new state after one review, with the rating (1–4) that produced it. */
public record CardUpdate(long learnerId, CardRow card, int rating, long reviewedAt) {
}
