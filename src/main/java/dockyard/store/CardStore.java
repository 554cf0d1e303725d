package dockyard.store;

import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static dockyard.store.jooq.Tables.REVIEW_CARD;
import static dockyard.store.jooq.Tables.REVIEW_LOG;

/** Spaced-repetition cards and their review log. */
public final class CardStore {
    private final Database db;

    public CardStore(Database db) {
        this.db = db;
    }

    public Optional<CardRow> card(long learnerId, String key) {
        return db.read().selectFrom(REVIEW_CARD).where(REVIEW_CARD.LEARNER_ID.eq((int) learnerId)).and(REVIEW_CARD.CARD_KEY.eq(key))
                .fetchOptional().map(CardStore::row);
    }

    /** Cards whose keys are given, by key. */
    public Map<String, CardRow> cards(long learnerId, java.util.Collection<String> keys) {
        return db.read().selectFrom(REVIEW_CARD).where(REVIEW_CARD.LEARNER_ID.eq((int) learnerId)).and(REVIEW_CARD.CARD_KEY.in(keys))
                .fetchMap(REVIEW_CARD.CARD_KEY, CardStore::row);
    }

    public List<CardRow> all(long learnerId) {
        return db.read().selectFrom(REVIEW_CARD).where(REVIEW_CARD.LEARNER_ID.eq((int) learnerId)).orderBy(REVIEW_CARD.DUE_AT).fetch(CardStore::row);
    }

    /** Cards due at or before {@code until}, earliest first. */
    public List<CardRow> due(long learnerId, long until, int limit) {
        return db.read().selectFrom(REVIEW_CARD).where(REVIEW_CARD.LEARNER_ID.eq((int) learnerId)).and(REVIEW_CARD.DUE_AT.le(until))
                .orderBy(REVIEW_CARD.DUE_AT, REVIEW_CARD.CARD_KEY).limit(limit).fetch(CardStore::row);
    }

    public int countDue(long learnerId, long until) {
        return db.read().fetchCount(REVIEW_CARD, REVIEW_CARD.LEARNER_ID.eq((int) learnerId).and(REVIEW_CARD.DUE_AT.le(until)));
    }

    /** Saves one review on its own. */
    public void save(CardUpdate update) {
        db.write().transaction(c -> upsert(c.dsl(), update));
    }

    static void upsert(DSLContext tx, CardUpdate u) {
        CardRow c = u.card();
        java.util.Map<org.jooq.Field<?>, Object> schedule = new java.util.LinkedHashMap<>();
        schedule.put(REVIEW_CARD.STABILITY, c.stability());
        schedule.put(REVIEW_CARD.DIFFICULTY, c.difficulty());
        schedule.put(REVIEW_CARD.REPS, c.reps());
        schedule.put(REVIEW_CARD.LAPSES, c.lapses());
        schedule.put(REVIEW_CARD.LAST_REVIEW_AT, c.lastReviewAt());
        schedule.put(REVIEW_CARD.DUE_AT, c.dueAt());
        schedule.put(REVIEW_CARD.SCHEDULED_DAYS, c.scheduledDays());
        tx.insertInto(REVIEW_CARD)
                .set(REVIEW_CARD.LEARNER_ID, (int) u.learnerId())
                .set(REVIEW_CARD.CARD_KEY, c.key())
                .set(schedule)
                .onConflict(REVIEW_CARD.LEARNER_ID, REVIEW_CARD.CARD_KEY).doUpdate()
                .set(schedule)
                .execute();
        tx.insertInto(REVIEW_LOG)
                .set(REVIEW_LOG.LEARNER_ID, (int) u.learnerId())
                .set(REVIEW_LOG.CARD_KEY, c.key())
                .set(REVIEW_LOG.RATING, u.rating())
                .set(REVIEW_LOG.REVIEWED_AT, u.reviewedAt())
                .set(REVIEW_LOG.SCHEDULED_DAYS, c.scheduledDays())
                .execute();
    }

    private static CardRow row(Record r) {
        return new CardRow(r.get(REVIEW_CARD.CARD_KEY), r.get(REVIEW_CARD.STABILITY), r.get(REVIEW_CARD.DIFFICULTY),
                r.get(REVIEW_CARD.REPS), r.get(REVIEW_CARD.LAPSES), r.get(REVIEW_CARD.LAST_REVIEW_AT),
                r.get(REVIEW_CARD.DUE_AT), r.get(REVIEW_CARD.SCHEDULED_DAYS));
    }

}
