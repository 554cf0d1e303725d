package dockyard.store;

/**
 * How a review moves a card: given the card as stored (null when the learner has never reviewed it), the card
 * after the review. Supplied by the caller and run by {@link AnswerCommits} inside the write transaction, so two
 * reviews of one card never both start from the same stored state.
 */
@FunctionalInterface
public interface CardStep {
    CardRow next(CardRow before);
}
