package dockyard.learn.quiz;

import dockyard.learn.fsrs.Card;
import dockyard.learn.fsrs.Fsrs;
import dockyard.learn.fsrs.Rating;
import dockyard.store.CardReview;
import dockyard.store.CardRow;
import dockyard.store.CardStore;
import dockyard.store.CardUpdate;

import java.util.Optional;

/**
 * Spaced-repetition cards: the FSRS state of a card stored per learner. Keys: {@code q:<question id>} for a
 * question, {@code t:<lesson id>:<term index>} for a lesson's key term.
 */
public final class Cards {
    private final CardStore store;
    private final Fsrs fsrs;

    public Cards(CardStore store, Fsrs fsrs) {
        this.store = store;
        this.fsrs = fsrs;
    }

    public static String questionKey(String questionId) {
        return "q:" + questionId;
    }

    public static String termKey(String lessonId, int index) {
        return "t:" + lessonId + ":" + index;
    }

    /** The update a review with {@code rating} at {@code now} (epoch ms) makes; nothing is saved yet. */
    public CardUpdate next(long learnerId, String key, Rating rating, long now) {
        Optional<CardRow> row = store.card(learnerId, key);
        Card before = row.map(Cards::toCard).orElse(Card.fresh(now));
        Card after = fsrs.review(before, rating, now);
        return new CardUpdate(learnerId, new CardRow(key, after.stability(), after.difficulty(), after.reps(), after.lapses(),
                after.lastReviewMs(), after.dueMs(), after.scheduledDays()), rating.grade, now);
    }

    /**
     * A review with {@code rating} at {@code now} (epoch ms) to store with an answer; the new state is computed
     * from the card as stored when the answer is written, so concurrent reviews of one card do not lose each other.
     */
    public CardReview review(long learnerId, String key, Rating rating, long now) {
        return new CardReview(learnerId, key, rating.grade, now, before -> {
            Card after = fsrs.review(before == null ? Card.fresh(now) : toCard(before), rating, now);
            return new CardRow(key, after.stability(), after.difficulty(), after.reps(), after.lapses(),
                    after.lastReviewMs(), after.dueMs(), after.scheduledDays());
        });
    }

    public void save(CardUpdate update) {
        store.save(update);
    }

    /** Probability of recall now, 0 for a card never reviewed. */
    public double retrievability(CardRow row, long now) {
        double days = Math.max(0, (now - row.lastReviewAt()) / 86_400_000.0);
        return fsrs.retrievability(days, row.stability());
    }

    static Card toCard(CardRow r) {
        return new Card(r.stability(), r.difficulty(), r.reps(), r.lapses(), r.lastReviewAt(), r.dueAt(), r.scheduledDays());
    }
}
